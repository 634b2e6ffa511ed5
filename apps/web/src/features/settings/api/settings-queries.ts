'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingsMap, SettingValue, SettingView } from '@misp-wf/contracts';
import { apiFetch } from '../../../lib/api-client';

export const settingsKeys = { definitions: ['settings', 'definitions'] as const };

export function useSettingDefinitions() {
  return useQuery({ queryKey: settingsKeys.definitions, queryFn: () => apiFetch<SettingView[]>('/settings/definitions') });
}

export function usePatchSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Record<string, SettingValue>) => apiFetch<SettingsMap>('/settings', { method: 'PATCH', body: changes }),
    onSuccess: () => client.invalidateQueries({ queryKey: settingsKeys.definitions }),
  });
}
