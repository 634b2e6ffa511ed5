import type {
  MispAttribute,
  MispEvent,
  MispObject,
  MispTagLink,
  SeedRecord,
  SimulatorState,
} from './misp-simulator.types';
import {
  bumpId,
  ensureTag,
  newUuid,
  nowTimestamp,
  takeId,
  toTagLink,
} from './misp-state.store';

/*
 * Seeds come from hand-written fixtures, PyMISP dumps or real exports, so numbers, 0/1 flags and missing
 * ids are all accepted (core-format.md §9) and stored in MISP's own output encoding.
 */

function str(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return fallback;
}

function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value, '');
}

function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string')
    return value === '1' || value.toLowerCase() === 'true';
  return fallback;
}

function records(value: unknown): SeedRecord[] {
  return Array.isArray(value)
    ? value.filter((v): v is SeedRecord => typeof v === 'object' && v !== null)
    : [];
}

function ownId(
  state: SimulatorState,
  table: keyof SimulatorState['nextId'],
  value: unknown,
): string {
  if (value === undefined || value === null) return takeId(state, table);
  const id = str(value, '');
  bumpId(state, table, id);
  return id;
}

function tagLinks(state: SimulatorState, seeds: unknown): MispTagLink[] {
  return records(seeds).map((t) => {
    const tag = ensureTag(state, str(t['name'], 'unnamed'));
    if (t['colour'] !== undefined) tag.colour = str(t['colour'], tag.colour);
    return toTagLink(
      tag,
      bool(t['local'], false),
      strOrNull(t['relationship_type']),
    );
  });
}

export function normaliseAttribute(
  state: SimulatorState,
  seed: SeedRecord,
  eventId: string,
  objectId: string,
): MispAttribute {
  return {
    id: ownId(state, 'attribute', seed['id']),
    event_id: eventId,
    object_id: objectId,
    object_relation: strOrNull(seed['object_relation']),
    uuid: str(seed['uuid'], newUuid()),
    type: str(seed['type'], 'text'),
    category: str(seed['category'], 'Other'),
    value: str(seed['value'], ''),
    to_ids: bool(seed['to_ids'], false),
    distribution: str(seed['distribution'], '5'),
    sharing_group_id: str(seed['sharing_group_id'], '0'),
    timestamp: str(seed['timestamp'], nowTimestamp()),
    comment: str(seed['comment'], ''),
    deleted: bool(seed['deleted'], false),
    disable_correlation: bool(seed['disable_correlation'], false),
    first_seen: strOrNull(seed['first_seen']),
    last_seen: strOrNull(seed['last_seen']),
    Tag: tagLinks(state, seed['Tag']),
    Galaxy: [],
  };
}

function normaliseObject(
  state: SimulatorState,
  seed: SeedRecord,
  eventId: string,
): MispObject {
  const id = ownId(state, 'object', seed['id']);
  return {
    id,
    uuid: str(seed['uuid'], newUuid()),
    name: str(seed['name'], 'unnamed'),
    'meta-category': str(seed['meta-category'], 'misc'),
    description: str(seed['description'], ''),
    template_uuid: str(seed['template_uuid'], newUuid()),
    template_version: str(seed['template_version'], '1'),
    event_id: eventId,
    timestamp: str(seed['timestamp'], nowTimestamp()),
    distribution: str(seed['distribution'], '5'),
    sharing_group_id: str(seed['sharing_group_id'], '0'),
    comment: str(seed['comment'], ''),
    deleted: bool(seed['deleted'], false),
    first_seen: strOrNull(seed['first_seen']),
    last_seen: strOrNull(seed['last_seen']),
    Attribute: records(seed['Attribute']).map((a) =>
      normaliseAttribute(state, a, eventId, id),
    ),
    ObjectReference: Array.isArray(seed['ObjectReference'])
      ? seed['ObjectReference']
      : [],
  };
}

function org(seed: unknown, fallbackId: string): MispEvent['Org'] {
  const o =
    typeof seed === 'object' && seed !== null ? (seed as SeedRecord) : {};
  return {
    id: str(o['id'], fallbackId),
    name: str(o['name'], 'ORGNAME'),
    uuid: str(o['uuid'], newUuid()),
  };
}

/** Accepts `{"Event": {...}}` or a bare event. */
export function normaliseEvent(
  state: SimulatorState,
  input: SeedRecord,
): MispEvent {
  const seed =
    typeof input['Event'] === 'object' && input['Event'] !== null
      ? (input['Event'] as SeedRecord)
      : input;
  const id = ownId(state, 'event', seed['id']);
  const attributes = records(seed['Attribute']).map((a) =>
    normaliseAttribute(state, a, id, '0'),
  );
  const objects = records(seed['Object']).map((o) =>
    normaliseObject(state, o, id),
  );
  return {
    id,
    uuid: str(seed['uuid'], newUuid()),
    info: str(seed['info'], 'Simulated event'),
    date: str(seed['date'], new Date().toISOString().slice(0, 10)),
    threat_level_id: str(seed['threat_level_id'], '4'),
    analysis: str(seed['analysis'], '0'),
    distribution: str(seed['distribution'], '0'),
    sharing_group_id: str(seed['sharing_group_id'], '0'),
    published: bool(seed['published'], false),
    timestamp: str(seed['timestamp'], nowTimestamp()),
    publish_timestamp: str(seed['publish_timestamp'], '0'),
    org_id: str(seed['org_id'], '1'),
    orgc_id: str(seed['orgc_id'], '1'),
    attribute_count: String(
      attributes.length + objects.reduce((n, o) => n + o.Attribute.length, 0),
    ),
    locked: bool(seed['locked'], false),
    proposal_email_lock: bool(seed['proposal_email_lock'], false),
    disable_correlation: bool(seed['disable_correlation'], false),
    extends_uuid: str(seed['extends_uuid'], ''),
    Org: org(seed['Org'], str(seed['org_id'], '1')),
    Orgc: org(seed['Orgc'], str(seed['orgc_id'], '1')),
    Tag: tagLinks(state, seed['Tag']),
    Galaxy: [],
    Attribute: attributes,
    Object: objects,
    ShadowAttribute: [],
    RelatedEvent: [],
    EventReport: [],
  };
}
