import { itemsMatchingCondition } from '../conditions/items-matching-condition';
import { extractData } from '../conditions/extract-data';
import { Hash } from '../hash';
import { isPhpArray, phpEmpty, phpValues } from '../php';
import type { StoredFilter } from './filter.types';

type Data = Record<string, unknown>;

/**
 * The filtered view MISP's `WorkflowRoamingData::getData()` returns when `enabledFilters` is set (spec
 * §6.6): each filter in insertion order narrows the list at its selector; keys of kept items are preserved.
 * The stored data is never modified; only the containers on the selector's path are copied (Hash.insert).
 */
export function applyFilters(data: Data): Data {
  const filters = data['enabledFilters'];
  if (phpEmpty(filters) || !isPhpArray(filters)) return data;
  let view: unknown = data;
  for (const filter of phpValues(filters)) {
    if (!isStoredFilter(filter)) continue;
    // `Event._AttributeFlattened.{n}` selects the list itself, so the suffix is dropped (spec §6.6 step 1).
    const selector = filter.selector.endsWith('.{n}') ? filter.selector.slice(0, -4) : filter.selector;
    const items = extractData(view, selector);
    const kept = itemsMatchingCondition({ items, value: filter.value, operator: filter.operator, path: filter.path });
    view = Hash.insert(view, selector, kept);
  }
  return isRecord(view) ? view : data;
}

function isStoredFilter(value: unknown): value is StoredFilter {
  return (
    isRecord(value) &&
    typeof value['selector'] === 'string' &&
    typeof value['path'] === 'string' &&
    typeof value['operator'] === 'string'
  );
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
