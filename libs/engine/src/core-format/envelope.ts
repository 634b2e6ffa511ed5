import type { DraftRecord, JsonRecord } from './core-format.types';
import { isRecord, omitKeys, setKey, underscoreEntries } from './record-utils';

/** Lower-case fields only an event has: their presence without an `Event` key marks a bare event. */
const EVENT_ONLY_FIELDS = ['info', 'threat_level_id', 'analysis', 'publish_timestamp'];

/** Keys JSONConverterTool reads at the top level only (next to `Event`, as fetchEvent returns them). */
const TOP_LEVEL_ONLY = ['EventTag', 'Sighting', 'errors'];

const ATTRIBUTE_CONTEXT = new Set(['Event', 'Object']);

const MAX_DEPTH = 4;

const hasOwn = (record: JsonRecord, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * An attribute row as `attributes/restSearch` returns it (`{…, Event: {…}, Object?: {…}}`) in
 * fetchAttribute's layout (`{Attribute, Event, Object}`), which the converter reads as attribute scope.
 */
export function attributeRowRecord(row: unknown): JsonRecord | undefined {
  if (!isRecord(row)) return undefined;
  const record: DraftRecord = { Attribute: omitKeys(row, ATTRIBUTE_CONTEXT) };
  if (isRecord(row['Event'])) record['Event'] = row['Event'];
  if (isRecord(row['Object'])) record['Object'] = row['Object'];
  return record;
}

/** PyMISP's `MISPEvent.to_json()` layout: event fields at the top, no `Event` key. */
function isBareEvent(record: JsonRecord): boolean {
  return !hasOwn(record, 'Event') && EVENT_ONLY_FIELDS.some((field) => hasOwn(record, field));
}

function wrapBareEvent(record: JsonRecord): JsonRecord {
  const outside = new Set(TOP_LEVEL_ONLY);
  for (const [key] of underscoreEntries(record)) outside.add(key);
  const wrapped: DraftRecord = { Event: omitKeys(record, outside) };
  for (const key of outside) if (hasOwn(record, key)) setKey(wrapped, key, record[key]);
  return wrapped;
}

function withOuterUnderscoreKeys(inner: JsonRecord | undefined, outer: JsonRecord): JsonRecord | undefined {
  const extra = underscoreEntries(outer);
  if (inner === undefined || extra.length === 0) return inner;
  return { ...inner, ...Object.fromEntries(extra) };
}

function unwrapResponse(response: unknown, depth: number): JsonRecord | undefined {
  if (isRecord(response) && Array.isArray(response['Attribute'])) {
    const rows: readonly unknown[] = response['Attribute'];
    return rows.length === 1 ? attributeRowRecord(rows[0]) : undefined;
  }
  return unwrapAt(response, depth + 1);
}

function unwrapAt(data: unknown, depth: number): JsonRecord | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(data)) {
    // A list names one event only when it holds exactly one; picking one of several would let a
    // workflow approve data it never looked at.
    return data.length === 1 ? unwrapAt(data[0], depth + 1) : undefined;
  }
  if (!isRecord(data)) return undefined;
  const isResponse = hasOwn(data, 'response') && !['Event', 'Attribute', 'Object'].some((k) => hasOwn(data, k));
  if (isResponse) return withOuterUnderscoreKeys(unwrapResponse(data['response'], depth), data);
  return isBareEvent(data) ? wrapBareEvent(data) : data;
}

/**
 * Accepts every envelope of core-format.md §1 and returns the record MISP's converter expects:
 * `{"Event": …}` and fetchEvent's sibling layout as they are; `{"response": [{"Event": …}]}`
 * (restSearch); `{"response": {"Attribute": [row]}}` (attributes restSearch) as an attribute record;
 * a bare event (PyMISP) wrapped in `Event`; a one-element list (events index). `undefined` when the
 * input is no record or a list/response does not hold exactly one item.
 */
export function unwrapEnvelope(data: unknown): JsonRecord | undefined {
  return unwrapAt(data, 0);
}
