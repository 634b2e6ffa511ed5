import { convertEvent, type ConvertedEvent } from './convert-event';
import type { DraftRecord, JsonRecord, ResolvedLookups } from './core-format.types';
import {
  attributeScopeEntity,
  encapsulateEntity,
  objectScopeEntity,
  payloadEvent,
  type ScopedEntity,
} from './encapsulate-entity';
import { flattenAttributes } from './flatten-attributes';
import { guessScope } from './guess-scope';
import { isSet, setKey, underscoreEntries } from './record-utils';

function encapsulate(
  record: JsonRecord,
  entity: ScopedEntity,
  scope: 'attribute' | 'object',
  resolved: ResolvedLookups,
): ConvertedEvent | undefined {
  const eventRecord = resolved.event !== undefined ? resolved.event : payloadEvent(record, entity, scope);
  return encapsulateEntity(entity, eventRecord);
}

function convertByScope(record: JsonRecord, resolved: ResolvedLookups): ConvertedEvent | undefined {
  switch (guessScope(record)) {
    case 'event':
      return convertEvent(record);
    case 'attribute':
      return encapsulate(record, attributeScopeEntity(record, resolved.object), 'attribute', resolved);
    case 'object':
      return encapsulate(record, objectScopeEntity(record), 'object', resolved);
    case undefined:
      return undefined;
  }
}

/**
 * WorkflowFormatConverterTool::convert(data) on an unwrapped record (spec §5.3): convert by scope,
 * copy the input's `_`-prefixed keys to the root, add `Event._AttributeFlattened`. Pure and
 * synchronous: what MISP re-fetched arrives in `resolved` (see normalize-record.ts).
 * Never returns PHP-empty (quirk §13 #33): at worst `{Event: {_AttributeFlattened: []}}`.
 * Throws `CoreFormatConversionError` where MISP's PHP would throw.
 */
export function convertRecord(record: JsonRecord, resolved: ResolvedLookups = {}): JsonRecord {
  const converted = convertByScope(record, resolved);
  const output: DraftRecord = {};
  if (converted !== undefined) {
    output['Event'] = converted.event;
    if (isSet(converted.errors)) output['errors'] = converted.errors;
  }
  for (const [key, value] of underscoreEntries(record)) setKey(output, key, value);
  // PHP auto-vivifies `$event['Event']` here, after the `_` keys when nothing was converted.
  const event: DraftRecord = converted?.event ?? {};
  event['_AttributeFlattened'] = flattenAttributes(event);
  output['Event'] = event;
  return output;
}
