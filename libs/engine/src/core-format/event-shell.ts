import type { DraftRecord, JsonRecord } from './core-format.types';
import { copyRecord, hasAnyKey, isRecord, isSet, omitKeys } from './record-utils';

/**
 * The content lists an event brings along in fetchEvent/view layouts. MISP's re-fetches
 * (`quickFetchEvent`, `fetchSimpleEvent`, `find('first')`) return the event row with its tags only, so
 * the converted event holds just the attribute/object/report/proposal that fired the trigger.
 */
const CONTENT_LISTS = new Set([
  'Attribute',
  'Object',
  'ShadowAttribute',
  'EventReport',
  'Sighting',
  'RelatedAttribute',
]);

/** An event record ready to receive the triggering entity: `top.Event === event`, both new objects. */
export type EventShell = { top: DraftRecord; event: DraftRecord };

/** `null` (not found) gives MISP's `[]`, on which `$event['Event'][…] = …` auto-vivifies `Event`. */
export function eventShell(record: JsonRecord | null): EventShell {
  if (record === null) {
    const event: DraftRecord = {};
    return { top: { Event: event }, event };
  }
  const top = hasAnyKey(record, CONTENT_LISTS) ? omitKeys(record, CONTENT_LISTS) : copyRecord(record);
  const source = record['Event'];
  const event: DraftRecord = isRecord(source)
    ? hasAnyKey(source, CONTENT_LISTS)
      ? omitKeys(source, CONTENT_LISTS)
      : copyRecord(source)
    : {};
  top['Event'] = event;
  return { top, event };
}

/**
 * Without a fetch port the platform only knows the event's id from the payload; an event reduced to
 * its id keeps the conversion useful (modules can still act on `Event.id`). `null` without an id.
 */
export function eventStub(id: unknown, extra: JsonRecord = {}): JsonRecord | null {
  if (!isSet(id)) return Object.keys(extra).length === 0 ? null : { Event: { ...extra } };
  return { Event: { id, ...extra } };
}
