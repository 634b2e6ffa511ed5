import type { LiveSubscription } from '@misp-wf/contracts';

/** One room per workflow and one per execution; an event goes to both, and socket.io sends it once per client. */
export const workflowRoom = (workflowId: string): string => `workflow:${workflowId}`;
export const executionRoom = (executionId: string): string => `execution:${executionId}`;

/** Ids are uuids today; anything id-like is accepted so a client may subscribe before a run exists. */
const ID = /^[\w.:-]{1,128}$/;

export type ParsedSubscription = { ok: true; rooms: string[] } | { ok: false; message: string };

/** `{workflow_id}`, `{execution_id}` or both; anything else is refused with a reason the client can show. */
export function parseSubscription(body: unknown): ParsedSubscription {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'Expected an object {"workflow_id"} or {"execution_id"}' };
  }
  const { workflow_id: workflowId, execution_id: executionId } = body as LiveSubscription;
  const rooms: string[] = [];
  for (const [field, value, room] of [
    ['workflow_id', workflowId, workflowRoom],
    ['execution_id', executionId, executionRoom],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || !ID.test(value)) return { ok: false, message: `${field} must be an id (1 to 128 letters, digits, "-", "_", ".", ":")` };
    rooms.push(room(value));
  }
  if (rooms.length === 0) return { ok: false, message: 'Expected an object {"workflow_id"} or {"execution_id"}' };
  return { ok: true, rooms };
}
