import type { LiveEvent, LiveEventName } from './live-events.types';

const STATUSES: readonly string[] = ['success', 'failure', 'blocked', 'skipped'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const id = (v: unknown): v is string | number => str(v) || num(v);

/** Checks a socket payload against contract §7; anything else is ignored rather than trusted. */
export function parseLiveEvent(name: LiveEventName, payload: unknown): LiveEvent | null {
  if (!isObject(payload) || !str(payload['execution_id']) || !num(payload['seq'])) return null;
  const p = payload;
  const execution_id = p['execution_id'];
  const seq = p['seq'];
  switch (name) {
    case 'execution:started': {
      const at = p['at'];
      if (!str(p['workflow_id']) || !str(p['trigger_id'])) return null;
      return { type: name, payload: { execution_id, seq, workflow_id: p['workflow_id'], trigger_id: p['trigger_id'], at: num(at) || str(at) ? at : Date.now() } };
    }
    case 'node:started': {
      const at = p['at'];
      if (!id(p['node_id']) || !str(p['module_id'])) return null;
      return { type: name, payload: { execution_id, seq, node_id: p['node_id'], module_id: p['module_id'], at: num(at) || str(at) ? at : Date.now() } };
    }
    case 'node:finished': {
      const status = p['status'];
      if (!id(p['node_id']) || !str(p['module_id']) || !str(status) || !STATUSES.includes(status) || !num(p['duration_ms'])) return null;
      return {
        type: name,
        payload: {
          execution_id,
          seq,
          node_id: p['node_id'],
          module_id: p['module_id'],
          status: status === 'success' || status === 'failure' || status === 'blocked' ? status : 'skipped',
          duration_ms: p['duration_ms'],
          ...(str(p['error']) ? { error: p['error'] } : {}),
          ...(str(p['data_preview']) ? { data_preview: p['data_preview'] } : {}),
          ...(str(p['output']) ? { output: p['output'] } : {}),
        },
      };
    }
    case 'execution:finished': {
      const errors = p['errors'];
      if (!str(p['outcome'])) return null;
      return {
        type: name,
        payload: { execution_id, seq, outcome: p['outcome'], errors: Array.isArray(errors) ? errors.map(String) : [], duration_ms: num(p['duration_ms']) ? p['duration_ms'] : 0 },
      };
    }
  }
}
