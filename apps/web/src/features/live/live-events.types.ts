// Socket events of contract §7, as the server sends them. They belong in `libs/contracts` (style guide
// rule 35) once the gateway exports them; until then the client keeps its own reading here.

export type ExecutionStartedEvent = { execution_id: string; workflow_id: string; trigger_id: string; seq: number; at: number | string };
export type NodeStartedEvent = { execution_id: string; node_id: number | string; module_id: string; seq: number; at: number | string };
export type NodeFinishedEvent = {
  execution_id: string;
  node_id: number | string;
  module_id: string;
  status: 'success' | 'failure' | 'blocked' | 'skipped';
  duration_ms: number;
  error?: string;
  data_preview?: string;
  /** Which output a logic node followed, when the server sends it. */
  output?: string;
  seq: number;
};
export type ExecutionFinishedEvent = { execution_id: string; outcome: string; errors: string[]; duration_ms: number; seq: number };

export type LiveEvent =
  | { type: 'execution:started'; payload: ExecutionStartedEvent }
  | { type: 'node:started'; payload: NodeStartedEvent }
  | { type: 'node:finished'; payload: NodeFinishedEvent }
  | { type: 'execution:finished'; payload: ExecutionFinishedEvent };

export const LIVE_EVENT_NAMES = ['execution:started', 'node:started', 'node:finished', 'execution:finished'] as const;
export type LiveEventName = (typeof LIVE_EVENT_NAMES)[number];
