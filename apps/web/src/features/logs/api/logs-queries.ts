'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, toQuery, type Page } from '../../../lib/api-client';
import type { LogRow } from '../types/log.types';
import type { LogFilters } from '../utils/log-filters.util';

export const logsKeys = {
  all: ['logs'] as const,
  list: (filters: LogFilters) => ['logs', 'list', filters] as const,
};

export function useLogs(filters: LogFilters) {
  return useQuery({
    queryKey: logsKeys.list(filters),
    queryFn: () => apiFetch<Page<LogRow>>(`/logs${toQuery({ ...filters })}`),
    // The previous page stays on screen while the next one loads (no flash of the loading state).
    placeholderData: keepPreviousData,
  });
}
