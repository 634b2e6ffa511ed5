import { extractData } from '../conditions/extract-data';
import { itemsMatchingCondition } from '../conditions/items-matching-condition';
import { Hash } from '../hash';
import { phpLooseNotEquals } from '../php';
import type { WalkNode } from '../run/run.types';

export type SavedFilterValues = { selector: string; value: string; operator: string; path: string };

/** MISP's `getFilters(node)` (spec §6.2): the node's four values, `""` where unset. */
export function savedFilters(node: WalkNode): SavedFilterValues {
  const stored: unknown = node.data.saved_filters;
  const read = (key: keyof SavedFilterValues): string => {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return '';
    const value: unknown = (stored as Record<string, unknown>)[key];
    return value === null || value === undefined ? '' : String(value);
  };
  return { selector: read('selector'), value: read('value'), operator: read('operator'), path: read('path') };
}

/** `filtersEnabled(node)`: any of the four values loosely differs from `""`. */
export function filtersEnabled(node: WalkNode): boolean {
  const f = savedFilters(node);
  return [f.selector, f.value, f.operator, f.path].some((v) => phpLooseNotEquals(v, ''));
}

/**
 * `getMatchingItemsForAttributes(node, data)`: the attributes an attribute-oriented action works on —
 * the items its saved filter selects, or every flattened attribute when no filter is set.
 */
export function matchingItemsForAttributes(node: WalkNode, data: unknown): unknown {
  if (!filtersEnabled(node)) return Hash.extract(data, 'Event._AttributeFlattened.{n}');
  const f = savedFilters(node);
  const items = extractData(data, f.selector);
  if (items === false) return false;
  return itemsMatchingCondition({ items, value: f.value, operator: f.operator, path: f.path });
}
