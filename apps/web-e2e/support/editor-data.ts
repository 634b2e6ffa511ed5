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

/**
 * A stored node as the editor writes it: every port listed, connections on both sides are up to the caller
 * (`outputs` maps an output name to target node ids; inputs are left for the API to not care about).
 */
export function editorNode(
  id: number,
  module: string,
  type: string,
  outputs: Record<string, string[]>,
  x: number,
  y: number,
  data: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: [], saved_filters: { selector: '', value: '', operator: '', path: '' }, ...data },
    class: '',
    typenode: false,
    inputs: type === 'trigger' ? [] : { input_1: { connections: [] } },
    outputs: Object.keys(outputs).length === 0 ? [] : Object.fromEntries(Object.entries(outputs).map(([name, targets]) => [name, { connections: targets.map((t) => ({ node: t, output: 'input_1' })) }])),
    pos_x: x,
    pos_y: y,
  };
}

/** The workflow of a trigger (created, or the existing one reset) with the trigger node plus `extra` nodes. */
export async function triggerOnlyWorkflow(trigger: string, extra: Record<string, unknown> = {}, triggerOutputs: Record<string, string[]> = { output_1: [] }): Promise<Workflow> {
  const data = { '1': editorNode(1, trigger, 'trigger', triggerOutputs, 0, 0), ...extra };
  const existing = await apiGet<Page<Workflow>>(`/workflows?trigger_id=${trigger}`);
  const body = { name: `e2e editor ${trigger}`, trigger_id: trigger, data, debug_enabled: false };
  if (existing.data[0]) return apiSend<Workflow>('PUT', `/workflows/${existing.data[0].id}`, body);
  return apiSend<Workflow>('POST', '/workflows', body);
}
