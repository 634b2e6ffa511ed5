'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, toQuery, type Page } from '../../../lib/api-client';
import type { BlueprintFile, BlueprintRow } from '../types/blueprint.types';

export const BLUEPRINTS_PAGE_SIZE = 25;

export const blueprintsKeys = {
  all: ['blueprints'] as const,
  list: (page: number, q: string) => ['blueprints', 'list', { page, q }] as const,
};

export function useBlueprints(page: number, q: string) {
  return useQuery({
    queryKey: blueprintsKeys.list(page, q),
    queryFn: () => apiFetch<Page<BlueprintRow>>(`/blueprints${toQuery({ page, limit: BLUEPRINTS_PAGE_SIZE, q })}`),
    placeholderData: keepPreviousData,
  });
}

/** Sends the file's content as is: the API reads MISP's `{"WorkflowBlueprint": …}` and answers 409 for a known uuid. */
export function useImportBlueprint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: BlueprintFile) => apiFetch<BlueprintRow>('/blueprints/import', { method: 'POST', body: file }),
    onSuccess: () => client.invalidateQueries({ queryKey: blueprintsKeys.all }),
  });
}

export function useDeleteBlueprint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/blueprints/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: blueprintsKeys.all }),
  });
}

export function fetchBlueprintExport(id: string) {
  return apiFetch<BlueprintFile>(`/blueprints/${encodeURIComponent(id)}/export`);
}
