import type { LiveTraceEventName } from '@misp-wf/contracts';
import type { LiveEvent } from './live-events.types';

const STATUSES = ['success', 'failure', 'blocked', 'skipped'] as const;
const OUTCOMES = ['success', 'blocked', 'failure'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nodeId = (v: unknown): number | null => (num(v) ? v : str(v) && /^\d+$/.test(v) ? Number(v) : null);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null => list.find((x) => x === v) ?? null;
const time = (v: unknown): string => (str(v) ? v : num(v) ? new Date(v).toISOString() : new Date().toISOString());

/** Checks a socket payload against contract §7; anything else is ignored rather than trusted. */
export function parseLiveEvent(name: LiveTraceEventName, payload: unknown): LiveEvent | null {
  if (!isObject(payload)) return null;
  const p = payload;
  const execution_id = p['execution_id'];
  const seq = p['seq'];
  if (!str(execution_id) || !num(seq)) return null;
  switch (name) {
    case 'execution:started': {
      const workflow_id = p['workflow_id'];
      const trigger_id = p['trigger_id'];
      if (!str(workflow_id) || !str(trigger_id)) return null;
      return { type: name, payload: { execution_id, seq, workflow_id, trigger_id, at: time(p['at']) } };
    }
    case 'node:started': {
      const node_id = nodeId(p['node_id']);
      const module_id = p['module_id'];
      if (node_id === null || !str(module_id)) return null;
      return { type: name, payload: { execution_id, seq, node_id, module_id, at: time(p['at']) } };
    }
    case 'node:finished': {
      const node_id = nodeId(p['node_id']);
      const module_id = p['module_id'];
      const status = oneOf(STATUSES, p['status']);
      const duration_ms = p['duration_ms'];
      if (node_id === null || !str(module_id) || !status || !num(duration_ms)) return null;
      const error = p['error'];
      const data_preview = p['data_preview'];
      return {
        type: name,
        payload: { execution_id, seq, node_id, module_id, status, duration_ms, ...(str(error) ? { error } : {}), ...(str(data_preview) ? { data_preview } : {}) },
      };
    }
    case 'execution:finished': {
      const outcome = oneOf(OUTCOMES, p['outcome']);
      const errors = p['errors'];
      const duration_ms = p['duration_ms'];
      if (!outcome) return null;
      return { type: name, payload: { execution_id, seq, outcome, errors: Array.isArray(errors) ? errors.map(String) : [], duration_ms: num(duration_ms) ? duration_ms : 0 } };
    }
  }
}
