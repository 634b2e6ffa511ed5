import type { LiveTraceEventName, LiveTracePayloads } from '@misp-wf/contracts';

export { LIVE_SOCKET_PATH, LIVE_TRACE_EVENTS } from '@misp-wf/contracts';

/** One socket event of contract §7 (payload types from `@misp-wf/contracts`), tagged with its name. */
export type LiveEvent = { [K in LiveTraceEventName]: { type: K; payload: LiveTracePayloads[K] } }[LiveTraceEventName];
