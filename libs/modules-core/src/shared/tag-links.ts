import { php } from '@misp-wf/engine';
import type { ModuleContext } from '@misp-wf/sdk';
import { MispSaves } from './misp-outcomes';
import { isRecord, recordValues, textField, withAttribute, withAttributes, withEvent, type JsonRecord } from './roaming-records';

/** What a tag is attached to: MISP's tag API addresses events and attributes by uuid. */
export type TagTarget = { scope: 'event' | 'attribute'; id: string; uuid: string; ownTags: JsonRecord[] };

/** Tags to detach from, then attach to, one target (the order MISP's tag replacement uses). */
export type TagChange = { target: TagTarget; remove?: readonly string[]; add?: readonly string[] };

export type TagChangeOptions = {
  /** Locality of attached tags. */
  local: boolean;
  relationshipType: string;
  /** Only links of this locality are detached; `null` = any. */
  removeLocal: boolean | null;
};

export function eventTarget(event: JsonRecord | undefined): TagTarget | undefined {
  return event ? target('event', event) : undefined;
}

export function attributeTarget(attribute: JsonRecord): TagTarget | undefined {
  return target('attribute', attribute);
}

/** The own tag names of a target (an event's `Tag`, an attribute's `Tag`, not the inherited ones). */
export function tagNames(target: TagTarget): string[] {
  return target.ownTags.map((link) => textField(link, 'name'));
}

/**
 * Applies the changes through MISP's tag API, one request per tag as MISP's model does (so each success is
 * known), and mirrors every successful change in the roaming data (`Tag` and `_allTags`). A failed request
 * is recorded in the returned `MispSaves`, and the next tag is tried.
 */
export async function applyTagChanges(ctx: Pick<ModuleContext, 'misp' | 'data' | 'log'>, changes: readonly TagChange[], options: TagChangeOptions): Promise<MispSaves> {
  const saves = new MispSaves();
  let data = ctx.data.get();
  for (const { target, remove = [], add = [] } of changes) {
    for (const name of linkedNames(target, remove, options.removeLocal)) {
      const done = await saves.attempt(() => ctx.misp.request({ method: 'POST', path: '/tags/removeTagFromObject', body: { uuid: target.uuid, tag: name } }));
      if (done) data = withoutTag(data, target, name);
    }
    for (const name of unique(add)) {
      const body: JsonRecord = { uuid: target.uuid, tag: name, local: options.local };
      if (options.relationshipType !== '') body['relationship_type'] = options.relationshipType;
      const done = await saves.attempt(() => ctx.misp.request({ method: 'POST', path: '/tags/attachTagToObject', body }));
      if (done) data = withTag(data, target, { name, local: options.local, relationship_type: options.relationshipType || null });
    }
  }
  if (saves.attempted) ctx.data.set(data);
  saves.logFailures(ctx.log);
  return saves;
}

function target(scope: TagTarget['scope'], record: JsonRecord): TagTarget | undefined {
  const uuid = textField(record, 'uuid');
  return uuid === '' ? undefined : { scope, id: textField(record, 'id'), uuid, ownTags: recordValues(record['Tag']) };
}

/** Names (MISP compares tag names case-insensitively) currently linked to the target with the wanted locality. */
function linkedNames(target: TagTarget, names: readonly string[], local: boolean | null): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const linked = target.ownTags.filter((link) => wanted.has(textField(link, 'name').toLowerCase()) && (local === null || php.phpToBool(link['local']) === local));
  return unique(linked.map((link) => textField(link, 'name')));
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

const sameName = (link: unknown, name: string) => isRecord(link) && textField(link, 'name') === name;

function withTag(data: JsonRecord, target: TagTarget, link: JsonRecord): JsonRecord {
  const name = textField(link, 'name');
  const add = (list: unknown, entry: JsonRecord) => {
    const links = php.isPhpArray(list) ? php.phpValues(list) : [];
    return links.some((l) => sameName(l, name) && isRecord(l) && l['inherited'] === entry['inherited']) ? links : [...links, entry];
  };
  if (target.scope === 'attribute') {
    return withAttribute(data, target.id, (a) => ({ ...a, Tag: add(a['Tag'], link), ...allTags(a, (tags) => add(tags, { ...link, inherited: false })) }));
  }
  // An event tag is inherited by every attribute: `_allTags` lists inherited tags first.
  const inheritedFirst = (tags: unknown[]) => {
    if (tags.some((t) => sameName(t, name) && isRecord(t) && t['inherited'] === true)) return tags;
    const own = tags.findIndex((t) => isRecord(t) && t['inherited'] !== true);
    const at = own === -1 ? tags.length : own;
    return [...tags.slice(0, at), { ...link, inherited: true }, ...tags.slice(at)];
  };
  const tagged = withEvent(data, (event) => ({ ...event, Tag: add(event['Tag'], link) }));
  return withAttributes(tagged, (a) => ({ ...a, ...allTags(a, inheritedFirst) }));
}

function withoutTag(data: JsonRecord, target: TagTarget, name: string): JsonRecord {
  const drop = (list: unknown, inherited?: boolean) =>
    (php.isPhpArray(list) ? php.phpValues(list) : []).filter((l) => !(sameName(l, name) && (inherited === undefined || (isRecord(l) && (l['inherited'] === true) === inherited))));
  if (target.scope === 'attribute') {
    return withAttribute(data, target.id, (a) => ({ ...a, Tag: drop(a['Tag']), ...allTags(a, (tags) => drop(tags, false)) }));
  }
  const untagged = withEvent(data, (event) => ({ ...event, Tag: drop(event['Tag']) }));
  return withAttributes(untagged, (a) => ({ ...a, ...allTags(a, (tags) => drop(tags, true)) }));
}

/** `{_allTags: change(current)}` for an attribute that has the key (core format always sets it). */
function allTags(attribute: JsonRecord, change: (tags: unknown[]) => unknown[]): JsonRecord {
  const tags = attribute['_allTags'];
  return php.isPhpArray(tags) ? { _allTags: change(php.phpValues(tags)) } : {};
}
