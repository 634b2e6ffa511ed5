'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { BlueprintView, CheckGraphResult, ExecutionView, ModuleView, Paged, RunAnswer, TriggerView, WorkflowFile, WorkflowSummary, WorkflowView } from '../types/api.types';
import type { StoredGraph } from '../types/workflow-graph.types';
import { editorKeys } from './editor-keys';

export function useWorkflows(page: number) {
  return useQuery({ queryKey: editorKeys.workflowList(page), queryFn: () => apiFetch<Paged<WorkflowSummary>>(`/workflows?page=${page}&limit=50`) });
}

export function useWorkflow(id: string) {
  // Fresh on every opening of the editor; after that the editor owns the graph and no background
  // refetch may overwrite unsaved work.
  return useQuery({
    queryKey: editorKeys.workflow(id),
    queryFn: () => apiFetch<WorkflowView>(`/workflows/${encodeURIComponent(id)}`),
    staleTime: Infinity,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

export function useModules() {
  return useQuery({ queryKey: editorKeys.modules, queryFn: () => apiFetch<ModuleView[]>('/modules') });
}

export function useTriggers() {
  return useQuery({ queryKey: editorKeys.triggers, queryFn: () => apiFetch<TriggerView[]>('/triggers') });
}

export function useBlueprints() {
  return useQuery({ queryKey: editorKeys.blueprints, queryFn: () => apiFetch<Paged<BlueprintView>>('/blueprints?limit=200').then((p) => p.data) });
}

export function useCreateWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; description?: string; trigger_id: string; data: StoredGraph }) => apiFetch<WorkflowView>('/workflows', { method: 'POST', body }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: editorKeys.workflows }), client.invalidateQueries({ queryKey: editorKeys.triggers })]),
  });
}

export function useImportWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: WorkflowFile) => apiFetch<WorkflowView>('/workflows/import', { method: 'POST', body: file }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: editorKeys.workflows }), client.invalidateQueries({ queryKey: editorKeys.triggers })]),
  });
}

export function useDeleteWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/workflows/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: editorKeys.workflows }), client.invalidateQueries({ queryKey: editorKeys.triggers })]),
  });
}

export function useUpdateWorkflow(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { data?: StoredGraph; name?: string; description?: string; debug_enabled?: boolean }) =>
      apiFetch<WorkflowView>(`/workflows/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      client.setQueryData(editorKeys.workflow(id), saved);
      return client.invalidateQueries({ queryKey: editorKeys.workflows, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}

export function useExecuteWorkflow(id: string) {
  return useMutation({ mutationFn: (data: unknown) => apiFetch<RunAnswer>(`/workflows/${encodeURIComponent(id)}/execute`, { method: 'POST', body: { data } }) });
}

export function useInsertBlueprint(id: string) {
  return useMutation({
    mutationFn: (body: { blueprint_id: string; offset?: { x: number; y: number } }) =>
      apiFetch<WorkflowView>(`/workflows/${encodeURIComponent(id)}/insert-blueprint`, { method: 'POST', body }),
  });
}

export function useBlueprintFromWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { workflow_id: string; node_ids: number[]; name: string; description?: string }) => apiFetch<BlueprintView>('/blueprints/from-workflow', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['blueprints'] }),
  });
}

export function checkGraph(graph: StoredGraph): Promise<CheckGraphResult> {
  return apiFetch<CheckGraphResult>('/workflows/check-graph', { method: 'POST', body: { graph } });
}

export function fetchExecution(id: string): Promise<ExecutionView> {
  return apiFetch<ExecutionView>(`/executions/${encodeURIComponent(id)}`);
}

export function fetchWorkflowExport(id: string): Promise<unknown> {
  return apiFetch<unknown>(`/workflows/${encodeURIComponent(id)}/export`);
}
