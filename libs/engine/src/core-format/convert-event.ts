import { phpEmpty } from '../php';
import { convertAttributeList, convertObjectList, type AttributeContext } from './convert-attributes';
import type { DraftRecord, JsonRecord } from './core-format.types';
import { rearrangeEvent } from './rearrange-event';
import { isSet } from './record-utils';
import { inheritedEventTags } from './tag-lists';

/** The converted `Event` (a new object the caller may still extend) and JSONConverterTool's `errors`. */
export type ConvertedEvent = { event: DraftRecord; errors: unknown };

/**
 * WorkflowFormatConverterTool `__convertEvent`: JSONConverterTool::convert(event, raw) followed by
 * the `_allTags` propagation, fused into a single pass so each attribute is copied once.
 * `_AttributeFlattened` is added later by the caller.
 */
export function convertEvent(record: JsonRecord): ConvertedEvent {
  const { event, sightings, related, errors } = rearrangeEvent(record);
  const context: AttributeContext = {
    sightings,
    related: phpEmpty(related) ? undefined : related,
    inheritedTags: phpEmpty(event['Tag']) ? [] : inheritedEventTags(event['Tag']),
  };
  if (isSet(event['Attribute'])) {
    event['Attribute'] = convertAttributeList(event['Attribute'], context, 'Event.Attribute');
  }
  if (isSet(event['Object'])) {
    event['Object'] = convertObjectList(event['Object'], context);
  }
  return { event, errors };
}
