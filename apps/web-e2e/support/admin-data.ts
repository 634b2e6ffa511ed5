import { apiGet, apiSend } from './api';
import { E2E } from './e2e-env';

type Page<T> = { data: T[]; total: number };
type Workflow = { id: string; trigger_id: string; name: string; debug_enabled: boolean };

/** `DELETE` (204, no body) straight to the API. */
export async function apiDelete(path: string, key = E2E.adminKey): Promise<void> {
  const res = await fetch(`${E2E.apiUrl}/api/v1${path}`, { method: 'DELETE', headers: { authorization: key } });
  if (!res.ok && res.status !== 404) throw new Error(`DELETE ${path} → ${res.status}`);
}

/** A stored-graph node in MISP's format (string node ids in connections). */
function node(id: number, module: string, type: string, outputs: Record<string, unknown> | [], params: Record<string, unknown> | [] = []) {
  return {
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: '',
    typenode: false,
    inputs: [],
    outputs,
    pos_x: (id - 1) * 320,
    pos_y: 60,
  };
}

/** trigger ─▶ IF :: Tag (tlp:red on the event or an attribute) ─then▶ stop-execution. */
export function tlpRedGraph(trigger: string): Record<string, unknown> {
  return {
    '1': node(1, trigger, 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }),
    '2': node(
      2,
      'tag-if',
      'logic',
      { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } },
      { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] },
    ),
    '3': node(3, 'stop-execution', 'action', [], { message: 'tlp:red events are stopped' }),
  };
}

/** A full MISP event as `fetchEvent` returns it, with the given event tags. */
export function mispEvent(tags: string[]) {
  const tag = (name: string) => ({ id: '9', name, colour: '#fff', exportable: true, local: false });
  return {
    Event: {
      id: '12',
      info: 'e2e event',
      orgc_id: '1',
      org_id: '1',
      Orgc: { id: '1', name: 'ORG' },
      Tag: tags.map(tag),
      Attribute: [{ id: '1', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.1', to_ids: true, Tag: [] }],
      Object: [],
    },
  };
}

/**
 * The workflow of `trigger` with the given graph: created, or (a trigger has one workflow) the existing
 * one updated, so scenarios can run in any order against one platform.
 */
export async function workflowFor(trigger: string, graph: Record<string, unknown>, extra: { debug_enabled?: boolean } = {}): Promise<Workflow> {
  const existing = await apiGet<Page<Workflow>>(`/workflows?trigger_id=${trigger}`);
  const body = { name: `e2e ${trigger}`, trigger_id: trigger, data: graph, ...extra };
  if (existing.data[0]) return apiSend<Workflow>('PUT', `/workflows/${existing.data[0].id}`, body);
  return apiSend<Workflow>('POST', '/workflows', body);
}
