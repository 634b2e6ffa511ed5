'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiClientError, apiFetch, toQuery } from '../../../lib/api-client';
import { editorKeys } from './editor-keys';

/** `GET /modules/options/:source`: the matches the API holds for a picker's `options_source` (decision 0024). */
export type ModuleOptionsAnswer = { data: { value: string; label: string }[]; total: number; source: string; warning?: string };

/** Matches asked for per search: the picker renders 50 rows, the rest leaves room for the values already picked. */
export const OPTIONS_PER_SEARCH = 100;

export function fetchModuleOptions(source: string, search: string): Promise<ModuleOptionsAnswer> {
  return apiFetch<ModuleOptionsAnswer>(`/modules/options/${encodeURIComponent(source)}${toQuery({ search, limit: OPTIONS_PER_SEARCH })}`);
}

/**
 * The options of one search. The previous answer stays on screen while the next loads, so the list does not
 * flicker as the user types; answers are reused for 30 s (the API caches MISP's lists for 60 s anyway).
 * A refusal (unknown source, no access) is not retried: the picker falls back to typed values at once.
 */
export function useModuleOptions(source: string, search: string) {
  return useQuery({
    queryKey: editorKeys.moduleOptions(source, search),
    queryFn: () => fetchModuleOptions(source, search),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: (failures, error) => !(error instanceof ApiClientError && error.status >= 400 && error.status < 500) && failures < 1,
  });
}
