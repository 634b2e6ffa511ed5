import { phpEmpty } from '../php';
import type { StoredFilter } from './filter.types';

type Data = Record<string, unknown>;

/**
 * `generic-filter-data` exec (spec §6.6): snapshot the unfiltered data on the first filter, then add or
 * replace the filter under its label (a re-used label keeps its original position, like a PHP array key).
 * `current` is `getData()`, i.e. already filtered when other filters are active.
 */
export function addFilter(current: Data, label: string, filter: StoredFilter): Data {
  const next: Data = { ...current };
  if (phpEmpty(next['_unfilteredData'])) next['_unfilteredData'] = current;
  const existing = next['enabledFilters'];
  const filters: Data = isRecord(existing) ? { ...existing } : {};
  filters[label] = filter;
  next['enabledFilters'] = filters;
  return next;
}

/**
 * `generic-filter-reset` exec: go back to the snapshot taken by the first filter. Because that snapshot
 * has no filters, resetting one label removes them all and modifications made while filtered are lost
 * (fidelity-relevant quirk, spec §13.3 item 25, reproduced). Without a snapshot, `all` leaves
 * `{enabledFilters: []}` as MISP does; a letter label (a PHP TypeError in MISP) is reported as an error.
 */
export function resetFilters(current: Data, label: string): { ok: true; data: Data } | { ok: false; error: string } {
  const snapshot = current['_unfilteredData'];
  if (!isRecord(snapshot)) {
    if (label === 'all') return { ok: true, data: { enabledFilters: [] } };
    return { ok: false, error: 'Cannot remove filter: no filter was added before this node' };
  }
  const next: Data = { ...snapshot };
  if (label === 'all') {
    next['enabledFilters'] = [];
  } else if (isRecord(next['enabledFilters'])) {
    const filters = { ...next['enabledFilters'] };
    delete filters[label];
    next['enabledFilters'] = filters;
  }
  return { ok: true, data: next };
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
