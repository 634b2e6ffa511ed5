import type { Socket } from 'socket.io';

/**
 * A subscriber is dropped when more than this many packets wait in its engine.io write buffer (a polling
 * client that stopped polling, or a WebSocket whose kernel buffer is full) …
 */
export const MAX_PENDING_PACKETS = 1000;
/** … or when more than this many bytes wait in the WebSocket's user-space send buffer. */
export const MAX_PENDING_BYTES = 8 * 1024 * 1024;
/** A dropped client gets this long to read its backlog and the disconnect before its transport is cut. */
export const DROP_GRACE_MS = 5_000;

export type Backlog = { packets: number; bytes: number };

/**
 * What the server still holds for this client. engine.io keeps both figures private; they are read
 * defensively so a socket.io upgrade that renames them degrades to "never slow" rather than crashing.
 */
export function backlogOf(socket: Socket): Backlog {
  const conn = socket.conn as unknown as { writeBuffer?: unknown[]; transport?: { socket?: { bufferedAmount?: unknown } } };
  const packets = Array.isArray(conn.writeBuffer) ? conn.writeBuffer.length : 0;
  const buffered = conn.transport?.socket?.bufferedAmount;
  return { packets, bytes: typeof buffered === 'number' ? buffered : 0 };
}

export function isSlow(backlog: Backlog): boolean {
  return backlog.packets > MAX_PENDING_PACKETS || backlog.bytes > MAX_PENDING_BYTES;
}
