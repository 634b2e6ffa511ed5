import { io, type Socket } from 'socket.io-client';
import { BENCH_ADMIN_KEY } from './api-server';

export type LiveClient = { events: () => number; dropped: () => boolean; close: () => void };

/** An editor watching a workflow: socket.io with `auth: {token}`, then `subscribe {workflow_id}` (README "Live traces"). */
export async function watchWorkflow(url: string, workflowId: string): Promise<LiveClient> {
  const socket: Socket = io(url, { path: '/socket.io', auth: { token: BENCH_ADMIN_KEY }, transports: ['websocket'], reconnection: false });
  let events = 0;
  let dropped = false;
  socket.onAny((name: string) => {
    events++;
    if (name === 'live:dropped') dropped = true;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  const ack = (await socket.timeout(5000).emitWithAck('subscribe', { workflow_id: workflowId })) as { ok: boolean; error?: unknown };
  if (!ack.ok) {
    socket.close();
    throw new Error(`live subscribe refused: ${JSON.stringify(ack)}`);
  }
  return { events: () => events, dropped: () => dropped, close: () => socket.close() };
}
