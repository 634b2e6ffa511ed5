import type { SavedFilters, StoredNode } from '../types/workflow-graph.types';
import { isRecord } from './json-guards';

/** Operators the filter dialog offers (spec §4.3). */
export const FILTER_OPERATORS = ['in', 'not_in', 'equals', 'not_equals'] as const;

export const EMPTY_FILTERS: SavedFilters = { selector: '', value: '', operator: '', path: '' };

/** MISP's `getFilters`: each of the four values, `""` when absent. */
export function readFilters(node: StoredNode): SavedFilters {
  const raw = node.data.saved_filters;
  const get = (key: keyof SavedFilters) => {
    const value = isRecord(raw) ? raw[key] : undefined;
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  };
  return { selector: get('selector'), value: get('value'), operator: get('operator'), path: get('path') };
}

/** MISP's `filtersEnabled`: any of the four values is non-empty. */
export function filtersEnabled(node: StoredNode): boolean {
  return Object.values(readFilters(node)).some((v) => v !== '');
}

export type FilterCheck = { ok: true; filters: SavedFilters } | { ok: false; message: string };

/**
 * The filter dialog's rules (spec §4.3): with a selector, the other three are required ("Some fields
 * cannot be empty"); with selector, value and path all empty the operator is cleared.
 */
export function validateFilters(input: SavedFilters): FilterCheck {
  const f = { selector: input.selector.trim(), value: input.value, operator: input.operator, path: input.path.trim() };
  if (f.selector !== '' && (f.value === '' || f.operator === '' || f.path === '')) return { ok: false, message: 'Some fields cannot be empty' };
  if (f.selector === '' && f.value === '' && f.path === '') return { ok: true, filters: { ...EMPTY_FILTERS } };
  return { ok: true, filters: f };
}
