/**
 * Live execution traces over socket.io (contract §7): what the API emits and what a client may send.
 * Typed maps for `Socket<LiveServerEvents, LiveClientEvents>` from socket.io-client.
 */

/** socket.io path on the API port (and, proxied, on the editor's port). */
export const LIVE_SOCKET_PATH = '/socket.io';

export type LiveNodeStatus = 'success' | 'failure' | 'blocked' | 'skipped';
export type LiveOutcome = 'success' | 'blocked' | 'failure';

/**
 * Every event carries `seq`: 1, 2, 3… per execution, in the order the run produced them. `at` is an
 * ISO 8601 timestamp, like the REST API's `started_at`.
 */
export type ExecutionStartedEvent = { execution_id: string; workflow_id: string; trigger_id: string; seq: number; at: string };
export type NodeStartedEvent = { execution_id: string; node_id: number; module_id: string; seq: number; at: string };
export type NodeFinishedEvent = {
  execution_id: string;
  node_id: number;
  module_id: string;
  status: LiveNodeStatus;
  duration_ms: number;
  error?: string;
  /** The roaming data after the node, as JSON text cut at the step preview size (4 KB). */
  data_preview?: string;
  seq: number;
};
export type ExecutionFinishedEvent = { execution_id: string; outcome: LiveOutcome; errors: string[]; duration_ms: number; seq: number };

/** Sent once before the server disconnects a client that does not read its events fast enough. */
export type LiveDroppedEvent = { reason: 'slow_consumer'; message: string };

export const LIVE_TRACE_EVENTS = ['execution:started', 'node:started', 'node:finished', 'execution:finished'] as const;
export type LiveTraceEventName = (typeof LIVE_TRACE_EVENTS)[number];

export type LiveTracePayloads = {
  'execution:started': ExecutionStartedEvent;
  'node:started': NodeStartedEvent;
  'node:finished': NodeFinishedEvent;
  'execution:finished': ExecutionFinishedEvent;
};

export type LiveServerEvents = { [K in LiveTraceEventName]: (event: LiveTracePayloads[K]) => void } & {
  'live:dropped': (event: LiveDroppedEvent) => void;
};

/** `subscribe`/`unsubscribe` body: a workflow, an execution, or both. */
export type LiveSubscription = { workflow_id?: string; execution_id?: string };

/** Answer to `subscribe`/`unsubscribe` when the client passes an acknowledgement callback. */
export type LiveAck =
  | { ok: true; rooms: string[] }
  | { ok: false; error: { code: 'validation_failed' | 'unauthorized'; message: string } };

export type LiveClientEvents = {
  subscribe: (subscription: LiveSubscription, ack?: (answer: LiveAck) => void) => void;
  unsubscribe: (subscription: LiveSubscription, ack?: (answer: LiveAck) => void) => void;
};

/**
 * `connect_error` for a refused handshake: `error.message` is human text, `error.data` carries the code
 * (`unauthorized` when the `auth: {token}` API key is missing or wrong, `dependency_down` when it could not
 * be checked).
 */
export type LiveConnectErrorData = { code: 'unauthorized' | 'dependency_down'; message: string };
