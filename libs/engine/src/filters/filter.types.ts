/** One entry of `data.enabledFilters` as `generic-filter-data` stores it (spec §6.6). */
export type StoredFilter = { selector: string; path: string; operator: string; value: unknown };

export const FILTER_LABELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type FilterLabel = (typeof FILTER_LABELS)[number];
