import { randomUUID } from 'node:crypto';
import type {
  MispAttribute,
  MispEvent,
  MispTag,
  MispTagLink,
  SimulatorState,
} from './misp-simulator.types';

/** MISP timestamps are Unix seconds as strings. */
export function nowTimestamp(): string {
  return String(Math.floor(Date.now() / 1000));
}

export function newUuid(): string {
  return randomUUID();
}

export function emptyState(): SimulatorState {
  return {
    events: [],
    tags: [],
    galaxies: [],
    eventBlocklist: [],
    warninglists: [],
    nextId: { event: 1, attribute: 1, object: 1, tag: 1, blocklist: 1 },
  };
}

export function takeId(
  state: SimulatorState,
  table: keyof SimulatorState['nextId'],
): string {
  const id = state.nextId[table];
  state.nextId[table] = id + 1;
  return String(id);
}

/** Keeps counters ahead of ids that seeds brought in, so later inserts never collide. */
export function bumpId(
  state: SimulatorState,
  table: keyof SimulatorState['nextId'],
  id: string,
): void {
  const n = Number(id);
  if (Number.isInteger(n) && n >= state.nextId[table])
    state.nextId[table] = n + 1;
}

/** MISP resolves most path ids as either the numeric id or the uuid. */
export function findEvent(
  state: SimulatorState,
  idOrUuid: string,
): MispEvent | undefined {
  return state.events.find((e) => e.id === idOrUuid || e.uuid === idOrUuid);
}

export function eventAttributes(event: MispEvent): MispAttribute[] {
  return [...event.Attribute, ...event.Object.flatMap((o) => o.Attribute)];
}

export function findAttribute(
  state: SimulatorState,
  idOrUuid: string,
): { event: MispEvent; attribute: MispAttribute } | undefined {
  for (const event of state.events) {
    const attribute = eventAttributes(event).find(
      (a) => a.id === idOrUuid || a.uuid === idOrUuid,
    );
    if (attribute) return { event, attribute };
  }
  return undefined;
}

/** Tag lookup as MISP does it: numeric → id, otherwise case-insensitive name. */
export function findTag(
  state: SimulatorState,
  idOrName: string | number,
): MispTag | undefined {
  const key = String(idOrName).trim();
  if (/^\d+$/.test(key)) return state.tags.find((t) => t.id === key);
  return state.tags.find((t) => t.name.toLowerCase() === key.toLowerCase());
}

/** A tag as `Tag::quickAdd` makes it: the default colour, the galaxy flag from its name. Also for seeding tests. */
export function mispTag(id: string, name: string): MispTag {
  return {
    id,
    name,
    colour: '#0088cc',
    exportable: true,
    user_id: '0',
    hide_tag: false,
    numerical_value: null,
    is_galaxy: name.startsWith('misp-galaxy:'),
    is_custom_galaxy: false,
    local_only: false,
  };
}

/** Equivalent of MISP's `Tag::quickAdd`. */
export function createTag(state: SimulatorState, name: string): MispTag {
  const tag = mispTag(takeId(state, 'tag'), name);
  state.tags.push(tag);
  return tag;
}

export function ensureTag(state: SimulatorState, name: string): MispTag {
  return findTag(state, name) ?? createTag(state, name);
}

export function toTagLink(
  tag: MispTag,
  local: boolean,
  relationshipType: string | null,
): MispTagLink {
  return { ...tag, local, relationship_type: relationshipType };
}

/** A global change to an event unpublishes it and bumps its timestamp, as MISP's save hooks do. */
export function touchEvent(event: MispEvent, unpublish: boolean): void {
  event.timestamp = nowTimestamp();
  if (unpublish) event.published = false;
}

export function touchAttribute(
  event: MispEvent,
  attribute: MispAttribute,
): void {
  attribute.timestamp = nowTimestamp();
  event.timestamp = attribute.timestamp;
}
