'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ModuleRow } from '../types/module.types';

export const modulesKeys = {
  all: ['modules'] as const,
  // Enabling a trigger module is enabling the trigger: the Triggers page shares the state.
  triggers: ['triggers'] as const,
};

export function useModules() {
  return useQuery({ queryKey: modulesKeys.all, queryFn: () => apiFetch<ModuleRow[]>('/modules') });
}

export function useToggleModule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      apiFetch<ModuleRow>(`/modules/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' }),
    onSuccess: (row) => client.setQueryData<ModuleRow[]>(modulesKeys.all, (rows) => rows?.map((r) => (r.id === row.id ? row : r))),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: modulesKeys.all }), client.invalidateQueries({ queryKey: modulesKeys.triggers })]),
  });
}

/** Re-reads custom modules from disk (and misp-modules), then refreshes the list. */
export function useReloadModules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>('/modules/reload', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: modulesKeys.all }),
  });
}
