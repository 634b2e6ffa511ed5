import { phpEmpty } from '../php';
import type { ConversionScope, JsonRecord } from './core-format.types';
import { isSet } from './record-utils';

/**
 * WorkflowFormatConverterTool `__guessScopeFromData` (spec §5.3 step 1), with one deliberate
 * divergence: a top-level `Attribute` that is a JSON list is an event's attribute list (fetchEvent
 * layout). MISP would read the list as one attribute, find no `event_id` and return an empty event.
 */
export function guessScope(record: JsonRecord): ConversionScope | undefined {
  const hasAttribute = isSet(record['Attribute']);
  if (isSet(record['Object']) && !hasAttribute) return 'object';
  if (!hasAttribute) return 'event';
  if (Array.isArray(record['Attribute'])) return 'event';
  if (!isSet(record['Event'])) return 'attribute';
  if (isSet(record['RelatedEvent']) || isSet(record['Orgc']) || isSet(record['Org'])) return 'event';
  if (!phpEmpty(record['Attribute'])) return 'attribute';
  return undefined;
}
