import { CoreFormatConversionError } from './core-format-errors';
import type { JsonRecord } from './core-format.types';
import { isRecord, listItems, omitKeys, withKey } from './record-utils';

const ORG_ID = new Set(['org_id']);

/** `unset($link['Tag']['org_id'])` then `$link['Tag']`: the tag of an EventTag/AttributeTag link. */
function linkedTag(link: unknown): unknown {
  const tag = isRecord(link) ? link['Tag'] : undefined;
  if (!isRecord(tag)) return tag ?? null;
  return Object.prototype.hasOwnProperty.call(tag, 'org_id') ? omitKeys(tag, ORG_ID) : tag;
}

/**
 * JSONConverterTool's `foreach ($x['EventTag'] as $k => $tag) $x['Event']['Tag'][$k] = $tag['Tag']`
 * (same for AttributeTag): link `k` overwrites position `k` of an existing `Tag` list, other
 * positions are kept. Returns `undefined` when there is no link (the `Tag` key is then left alone).
 */
export function mergeLinkedTags(existing: unknown, links: unknown): unknown[] | undefined {
  const items = listItems(links);
  if (items === undefined || items.length === 0) return undefined;
  const merged = Array.isArray(existing) ? existing.slice() : [];
  items.forEach((link, index) => {
    merged[index] = linkedTag(link);
  });
  return merged;
}

/**
 * `$tag['inherited'] = $flag` on a copy (PHP arrays are values). PHP turns a null tag into
 * `['inherited' => $flag]` and throws on a scalar; both are reproduced.
 */
export function withInheritedFlag(tag: unknown, inherited: boolean): JsonRecord {
  if (isRecord(tag)) return withKey(tag, 'inherited', inherited);
  if (tag === null || tag === undefined) return { inherited };
  throw new CoreFormatConversionError(`Cannot use a scalar value as a tag: ${JSON.stringify(tag)}`);
}

/**
 * Event tags flagged `inherited: true`, built once per conversion and shared by every attribute's
 * `_allTags` (the copies are never mutated, so sharing is invisible and saves N×T allocations).
 */
export function inheritedEventTags(eventTags: unknown): readonly JsonRecord[] {
  const items = listItems(eventTags);
  if (items === undefined) return [];
  return items.map((tag) => withInheritedFlag(tag, true));
}

/** `_allTags`: the event's tags first (inherited), then the attribute's own `Tag` (not inherited). */
export function buildAllTags(inherited: readonly JsonRecord[], ownTags: unknown): JsonRecord[] {
  const own = listItems(ownTags);
  const all = inherited.slice();
  if (own !== undefined) for (const tag of own) all.push(withInheritedFlag(tag, false));
  return all;
}
