import type { LiveEvent } from '../../live/live-events.types';
import type { ExecutionView } from '../types/api.types';
import type { NodeRunStatus } from '../types/decorations.types';

export type NodeTrace = { status: NodeRunStatus; moduleId: string; durationMs?: number; error?: string; dataPreview?: string; output?: string };

export type TraceState = {
  executionId: string | null;
  phase: 'idle' | 'running' | 'finished';
  /** Last applied `seq` of this execution; older or repeated events are dropped (rule 35). */
  lastSeq: number;
  nodes: Record<string, NodeTrace>;
  outcome?: string;
  errors: string[];
  durationMs?: number;
  /** `live` = socket events, `record` = read back from `GET /executions/:id`. */
  origin: 'live' | 'record';
};

export const EMPTY_TRACE: TraceState = { executionId: null, phase: 'idle', lastSeq: -1, nodes: {}, errors: [], origin: 'live' };

/**
 * Folds one socket event into the trace shown on the canvas. A new execution replaces the previous trace;
 * events of another execution are ignored while one is running, and stale events (seq not increasing) are
 * dropped.
 */
export function applyLiveEvent(state: TraceState, event: LiveEvent): TraceState {
  const { execution_id: executionId, seq } = event.payload;
  let base = state;
  if (executionId !== state.executionId) {
    const adopt = event.type === 'execution:started' || state.phase !== 'running';
    if (!adopt) return state;
    base = { ...EMPTY_TRACE, executionId, phase: 'running' };
  } else if (seq <= state.lastSeq) {
    return state;
  }
  const next: TraceState = { ...base, lastSeq: seq };
  switch (event.type) {
    case 'execution:started':
      return { ...next, phase: 'running', nodes: {}, errors: [], outcome: undefined, durationMs: undefined };
    case 'node:started': {
      const id = String(event.payload.node_id);
      return { ...next, nodes: { ...next.nodes, [id]: { status: 'running', moduleId: event.payload.module_id } } };
    }
    case 'node:finished': {
      const p = event.payload;
      const node: NodeTrace = { status: p.status, moduleId: p.module_id, durationMs: p.duration_ms, error: p.error, dataPreview: p.data_preview };
      return { ...next, nodes: { ...next.nodes, [String(p.node_id)]: node } };
    }
    case 'execution:finished':
      return { ...next, phase: 'finished', outcome: event.payload.outcome, errors: event.payload.errors, durationMs: event.payload.duration_ms };
  }
}

/** A finished run read back from its execution record (when no live events arrived, or for an older run). */
export function traceFromExecution(execution: ExecutionView): TraceState {
  const nodes: Record<string, NodeTrace> = {};
  for (const s of execution.steps ?? []) {
    nodes[String(s.node_id)] = { status: s.status, moduleId: s.module_id, durationMs: s.duration_ms, error: s.error, dataPreview: s.data_preview, output: s.output };
  }
  return {
    executionId: execution.id,
    phase: 'finished',
    lastSeq: Number.MAX_SAFE_INTEGER,
    nodes,
    outcome: execution.outcome,
    errors: execution.errors,
    durationMs: execution.duration_ms,
    origin: 'record',
  };
}
