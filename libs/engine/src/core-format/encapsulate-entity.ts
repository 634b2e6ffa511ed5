import { phpEmpty, phpLooseNotEquals, phpTypeName } from '../php';
import { convertEvent, type ConvertedEvent } from './convert-event';
import { CoreFormatConversionError } from './core-format-errors';
import type { DraftRecord, JsonRecord } from './core-format.types';
import { eventShell, eventStub } from './event-shell';
import { isRecord, isSet, omitKeys } from './record-utils';

/** What attribute/object scope wraps in its event: `{Attribute: …}` or `{Object: …}` (spec §5.3). */
export type ScopedEntity = { type: 'Attribute' | 'Object'; value: JsonRecord };

/** Top-level models JSONConverterTool::convertObject moves under `Object`. */
const MOVED_UNDER_OBJECT = [
  'SharingGroup',
  'Attribute',
  'ShadowAttribute',
  'Event',
  'CryptographicKey',
  'Note',
  'Opinion',
  'Relationship',
];
const SHARING_GROUP = new Set(['SharingGroup']);

function requireRecord(value: unknown, name: string): JsonRecord {
  if (isRecord(value)) return value;
  throw new CoreFormatConversionError(`${name} must be an object, ${phpTypeName(value)} given`);
}

/** fetchAttribute returns the attribute's `Object` row next to it; used when no port re-fetches it. */
function payloadObject(record: JsonRecord): JsonRecord | null {
  const object = record['Object'];
  return isRecord(object) && !phpEmpty(object) ? object : null;
}

/**
 * `__convertAttribute`: top-level `AttributeTag` moves into the attribute; an object attribute
 * (`object_id != 0`, PHP loose) becomes `{Object: row + Attribute: [attribute]}` when the object
 * row is known (`object`: fetched row, `null` = not found, `undefined` = use the payload's `Object`).
 */
export function attributeScopeEntity(record: JsonRecord, object: JsonRecord | null | undefined): ScopedEntity {
  const raw = requireRecord(record['Attribute'], 'Attribute');
  const attribute = isSet(record['AttributeTag']) ? { ...raw, AttributeTag: record['AttributeTag'] } : raw;
  if (!phpLooseNotEquals(attribute['object_id'] ?? null, 0)) return { type: 'Attribute', value: attribute };
  const row = object === undefined ? payloadObject(record) : object;
  if (row === null) return { type: 'Attribute', value: attribute };
  return { type: 'Object', value: { ...row, Attribute: [attribute] } };
}

/** JSONConverterTool::convertObject: sibling models move under `Object`; an empty `SharingGroup` goes. */
export function objectScopeEntity(record: JsonRecord): ScopedEntity {
  const object: DraftRecord = { ...requireRecord(record['Object'], 'Object') };
  for (const key of MOVED_UNDER_OBJECT) {
    if (isSet(record[key])) object[key] = record[key];
  }
  const dropSharingGroup = isSet(object['SharingGroup']) && phpEmpty(object['SharingGroup']);
  return { type: 'Object', value: dropSharingGroup ? omitKeys(object, SHARING_GROUP) : object };
}

/** `$data['Attribute']['event_id'] ?? $data['Object']['event_id']`: both read the entity's own field. */
export function entityEventId(entity: ScopedEntity): unknown {
  return entity.value['event_id'];
}

/**
 * The event to wrap the entity in when no port fetched it: fetchAttribute's `Event` (with any
 * top-level `EventTag`) for attribute scope, else an event reduced to its id.
 */
export function payloadEvent(
  record: JsonRecord,
  entity: ScopedEntity,
  scope: 'attribute' | 'object',
): JsonRecord | null {
  const event = record['Event'];
  if (scope === 'attribute' && isRecord(event) && !phpEmpty(event)) {
    return isSet(record['EventTag']) ? { Event: event, EventTag: record['EventTag'] } : { Event: event };
  }
  return eventStub(entityEventId(entity));
}

/**
 * `__encapsulateEntityWithEvent`: the entity becomes the only attribute/object of its event, then
 * the event is converted. `undefined` (MISP's `[]`) when the event does not exist.
 */
export function encapsulateEntity(entity: ScopedEntity, eventRecord: JsonRecord | null): ConvertedEvent | undefined {
  if (eventRecord === null || phpEmpty(eventRecord)) return undefined;
  const shell = eventShell(eventRecord);
  shell.event[entity.type] = [entity.value];
  return convertEvent(shell.top);
}
