import { phpEmpty, phpOffsetKey, phpTypeName } from '../php';
import { CoreFormatConversionError } from './core-format-errors';
import type { DraftRecord, JsonRecord } from './core-format.types';
import { cleanAnalystData, fixGalaxyMeta } from './event-sublists';
import { isRecord, isSet, listItems, omitKeys } from './record-utils';
import { mergeLinkedTags } from './tag-lists';

/** Top-level models JSONConverterTool::convert moves under `Event` (fetchEvent returns them as siblings). */
const MOVED_UNDER_EVENT = [
  'Org',
  'Orgc',
  'SharingGroup',
  'Attribute',
  'ShadowAttribute',
  'RelatedAttribute',
  'RelatedEvent',
  'Galaxy',
  'Object',
  'EventReport',
  'CryptographicKey',
  'Note',
  'Opinion',
  'Relationship',
] as const;

const ANALYST_DATA = ['Note', 'Opinion', 'Relationship'] as const;

// `user_id` and `RelatedAttribute` never reach the output; `SharingGroup` only when non-empty.
const OMIT = new Set(['user_id', 'RelatedAttribute']);
const OMIT_WITH_SHARING_GROUP = new Set([...OMIT, 'SharingGroup']);

export type RearrangedEvent = {
  /** A new object: the input event's own keys (same values), then the moved models. */
  event: DraftRecord;
  /** Top-level `Sighting` rows grouped by PHP array key of `attribute_id`. */
  sightings: ReadonlyMap<string, unknown[]>;
  /** `Event.RelatedAttribute` (correlations keyed by attribute id), consumed then dropped. */
  related: unknown;
  errors: unknown;
};

function baseEvent(value: unknown): JsonRecord {
  if (isRecord(value)) return value;
  // PHP auto-vivifies null/false/[] into an array; a string or number `Event` makes PHP throw.
  if (value === undefined || value === null || value === false) return {};
  if (Array.isArray(value) && value.length === 0) return {};
  throw new CoreFormatConversionError(`Event must be an object, ${phpTypeName(value)} given`);
}

function groupSightings(rows: unknown): ReadonlyMap<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  if (phpEmpty(rows)) return groups;
  for (const row of listItems(rows) ?? []) {
    const key = String(phpOffsetKey(isRecord(row) ? row['attribute_id'] : null));
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * JSONConverterTool::convert up to (not including) the attribute and object cleaning: moves the
 * sibling models under `Event`, drops an empty `SharingGroup`, fixes empty cluster `meta`, turns
 * top-level `EventTag[].Tag` into `Event.Tag`, cleans analyst data. Shallow: nested values are
 * reused as they are unless one of these rules changes them.
 */
export function rearrangeEvent(record: JsonRecord): RearrangedEvent {
  const base = baseEvent(record['Event']);
  const sharingGroup = isSet(record['SharingGroup']) ? record['SharingGroup'] : base['SharingGroup'];
  const omit = phpEmpty(sharingGroup) ? OMIT_WITH_SHARING_GROUP : OMIT;
  const event = omitKeys(base, omit);
  for (const key of MOVED_UNDER_EVENT) {
    if (!omit.has(key) && isSet(record[key])) event[key] = record[key];
  }
  if (!phpEmpty(event['Galaxy'])) event['Galaxy'] = fixGalaxyMeta(event['Galaxy']);
  if (isSet(record['EventTag'])) {
    const tags = mergeLinkedTags(event['Tag'], record['EventTag']);
    if (tags !== undefined) event['Tag'] = tags;
  }
  for (const key of ANALYST_DATA) {
    if (isSet(event[key])) event[key] = cleanAnalystData(event[key]);
  }
  const related = isSet(record['RelatedAttribute']) ? record['RelatedAttribute'] : base['RelatedAttribute'];
  return { event, sightings: groupSightings(record['Sighting']), related, errors: record['errors'] };
}
