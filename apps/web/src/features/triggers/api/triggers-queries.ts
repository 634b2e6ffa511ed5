'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';
import type { TriggerRow, WorkflowSummary } from '../types/trigger.types';
import { newTriggerWorkflow } from '../utils/trigger-table.util';

export const triggersKeys = {
  all: ['triggers'] as const,
  // The Modules page lists triggers too; a toggle here must refresh it.
  modules: ['modules'] as const,
  workflowSummaries: ['workflows', 'summaries'] as const,
};

export function useTriggers() {
  return useQuery({
    queryKey: triggersKeys.all,
    queryFn: () => apiFetch<TriggerRow[]>('/triggers'),
  });
}

/** Every workflow row: there is at most one per trigger, so one page of 200 holds them all. */
export function useWorkflowSummaries() {
  return useQuery({
    queryKey: triggersKeys.workflowSummaries,
    queryFn: () => apiFetch<Page<WorkflowSummary>>('/workflows?limit=200'),
    select: (page) => page.data,
  });
}

/** MISP's `toggleModule/<id>/<0|1>/1`: a trigger is enabled through its `Plugin.Workflow_triggers_<id>` setting. */
export function useToggleTrigger() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      apiFetch<unknown>(`/modules/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' }),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: triggersKeys.all }), client.invalidateQueries({ queryKey: triggersKeys.modules })]),
  });
}

export function useCreateTriggerWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (trigger: TriggerRow) =>
      apiFetch<WorkflowSummary>('/workflows', {
        method: 'POST',
        body: newTriggerWorkflow(trigger),
      }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: triggersKeys.all }), client.invalidateQueries({ queryKey: ['workflows'] })]),
  });
}

export function useToggleDebug() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ workflowId, enabled }: { workflowId: string; enabled: boolean }) =>
      apiFetch<WorkflowSummary>(`/workflows/${encodeURIComponent(workflowId)}`, { method: 'PUT', body: { debug_enabled: enabled } }),
    onSettled: () => client.invalidateQueries({ queryKey: ['workflows'] }),
  });
}
