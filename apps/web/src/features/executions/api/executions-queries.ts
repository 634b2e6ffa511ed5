'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, toQuery, type Page } from '../../../lib/api-client';
import type { ExecutionDetail, ExecutionSummary } from '../types/execution.types';
import { EXECUTIONS_PAGE_SIZE, resolveRange, type ExecutionFilters } from '../utils/execution-filters.util';

export const executionsKeys = {
  all: ['executions'] as const,
  list: (filters: ExecutionFilters) => ['executions', 'list', filters] as const,
  detail: (id: string) => ['executions', 'detail', id] as const,
  // Own key: the replay needs the graph, and must not share a cache entry the editor may shape differently.
  workflowGraph: (id: string) => ['executions', 'workflow-graph', id] as const,
};

/**
 * `from`/`to` bound `started_at` (ISO 8601). A relative range is resolved at fetch time, so "Refresh"
 * moves the window forward.
 */
export function useExecutions(filters: ExecutionFilters) {
  return useQuery({
    queryKey: executionsKeys.list(filters),
    queryFn: async () => {
      const range = resolveRange(filters, Date.now());
      const page = await apiFetch<Page<ExecutionSummary>>(
        `/executions${toQuery({
          workflow_id: filters.workflow_id,
          trigger_id: filters.trigger_id,
          outcome: filters.outcome,
          from: range.from,
          to: range.to,
          page: filters.page,
          limit: EXECUTIONS_PAGE_SIZE,
        })}`,
      );
      return { ...page, range };
    },
    placeholderData: keepPreviousData,
  });
}

export function useExecution(id: string) {
  return useQuery({ queryKey: executionsKeys.detail(id), queryFn: () => apiFetch<ExecutionDetail>(`/executions/${encodeURIComponent(id)}`) });
}

export function useWorkflowGraph(id: string | null) {
  return useQuery({
    queryKey: executionsKeys.workflowGraph(id ?? ''),
    queryFn: () => apiFetch<{ id: string; name: string; data?: unknown }>(`/workflows/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    // A deleted workflow is a normal case here (404), not worth a second try.
    retry: false,
  });
}
