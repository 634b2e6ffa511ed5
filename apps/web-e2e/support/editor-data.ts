import { apiGet, apiSend } from './api';
import { apiDelete } from './admin-data';

type Page<T> = { data: T[] };
type Workflow = { id: string; trigger_id: string; data?: Record<string, unknown> };

/** Removes the workflow of a trigger, so a scenario can create it from the UI on any platform. */
export async function deleteWorkflowOf(trigger: string): Promise<void> {
  const existing = await apiGet<Page<Workflow>>(`/workflows?trigger_id=${trigger}`);
  for (const w of existing.data) await apiDelete(`/workflows/${w.id}`);
}

export async function storedGraph(workflowId: string): Promise<Record<string, StoredNode>> {
  const wf = await apiGet<Workflow>(`/workflows/${workflowId}`);
  const graph: Record<string, StoredNode> = {};
  for (const [key, value] of Object.entries(wf.data ?? {})) if (key !== '_frames') graph[key] = value as StoredNode;
  return graph;
}

export type StoredNode = {
  id: number;
  data: { id: string; module_type: string; indexed_params: Record<string, unknown> | [] };
  outputs: Record<string, { connections: { node: string; output: string }[] }> | [];
  inputs: Record<string, { connections: { node: string; input: string }[] }> | [];
};

/** Settings that scenarios change and must put back (other scenarios expect the defaults). */
export async function withSettings<T>(changes: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  const before = await apiGet<Record<string, unknown>>('/settings');
  const restore = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k]]));
  await apiSend('PATCH', '/settings', changes);
  try {
    return await body();
  } finally {
    await apiSend('PATCH', '/settings', restore);
  }
}

/** A trigger-only workflow (or the existing one reset to it) for scenarios that start from an empty graph. */
export async function triggerOnlyWorkflow(trigger: string, extra: Record<string, unknown> = {}): Promise<Workflow> {
  const data = {
    '1': {
      id: 1,
      name: trigger,
      data: { id: trigger, module_type: 'trigger', name: trigger, indexed_params: [], saved_filters: { selector: '', value: '', operator: '', path: '' } },
      class: 'block-type-trigger',
      typenode: false,
      inputs: [],
      outputs: { output_1: { connections: [] } },
      pos_x: 0,
      pos_y: 100,
    },
    ...extra,
  };
  const existing = await apiGet<Page<Workflow>>(`/workflows?trigger_id=${trigger}`);
  const body = { name: `e2e editor ${trigger}`, trigger_id: trigger, data };
  if (existing.data[0]) return apiSend<Workflow>('PUT', `/workflows/${existing.data[0].id}`, body);
  return apiSend<Workflow>('POST', '/workflows', body);
}
