import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { LIVE_SOCKET_PATH, type LiveAck, type LiveConnectErrorData } from '@misp-wf/contracts';
import type { Server, Socket } from 'socket.io';
import { ApiKeysService } from '../auth/api-keys.service';
import { parseSubscription } from './live-rooms';
import { LiveTraceService } from './live-trace.service';

/** A client may watch this many workflows and executions at once. */
const MAX_SUBSCRIPTIONS = 200;

type LiveSocketData = { token: string };

/**
 * socket.io on the API port (contract §7). A client connects with `auth: {token: <api key>}` (any role: the
 * feed is read-only), then emits `subscribe`/`unsubscribe` with `{workflow_id}` or `{execution_id}`. The
 * events themselves are published by {@link LiveTraceService}.
 */
@WebSocketGateway({ path: LIVE_SOCKET_PATH, serveClient: false })
export class LiveGateway implements OnGatewayInit<Server>, OnGatewayConnection<Socket> {
  private readonly logger = new Logger('live');

  constructor(
    private readonly keys: ApiKeysService,
    private readonly live: LiveTraceService,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.authenticate(socket).then(next, (error: unknown) => {
        this.logger.warn(`Could not verify a live client's API key: ${String(error)}`);
        next(connectError('dependency_down', 'The API key could not be verified right now; try again'));
      });
    });
    this.live.attach(server);
  }

  handleConnection(socket: Socket): void {
    socket.on('subscribe', (body: unknown, ack?: unknown) => void this.change(socket, 'join', body, ack));
    socket.on('unsubscribe', (body: unknown, ack?: unknown) => void this.change(socket, 'leave', body, ack));
  }

  private async authenticate(socket: Socket): Promise<Error | undefined> {
    const token = presentedKey(socket);
    if (!token) return connectError('unauthorized', 'Missing API key: connect with auth: {token: "<api key>"}');
    if (!(await this.keys.verify(token))) return connectError('unauthorized', 'Invalid API key');
    (socket.data as LiveSocketData).token = token;
    return undefined;
  }

  private async change(socket: Socket, action: 'join' | 'leave', body: unknown, ack: unknown): Promise<void> {
    const answer = (value: LiveAck) => {
      if (typeof ack === 'function') (ack as (a: LiveAck) => void)(value);
    };
    try {
      // A key deleted after the handshake stops the feed at the next (un)subscribe.
      if (!(await this.keys.verify((socket.data as LiveSocketData).token))) {
        answer({ ok: false, error: { code: 'unauthorized', message: 'This API key is no longer valid' } });
        socket.disconnect(true);
        return;
      }
      const parsed = parseSubscription(body);
      if (!parsed.ok) return answer({ ok: false, error: { code: 'validation_failed', message: parsed.message } });
      if (action === 'join') {
        // `socket.rooms` includes the socket's own id.
        const fresh = parsed.rooms.filter((room) => !socket.rooms.has(room));
        if (socket.rooms.size - 1 + fresh.length > MAX_SUBSCRIPTIONS) {
          return answer({ ok: false, error: { code: 'validation_failed', message: `At most ${MAX_SUBSCRIPTIONS} subscriptions per connection` } });
        }
        await socket.join(parsed.rooms);
      } else {
        for (const room of parsed.rooms) await socket.leave(room);
      }
      answer({ ok: true, rooms: parsed.rooms });
    } catch (error) {
      this.logger.warn(`Live ${action} failed: ${String(error)}`);
      answer({ ok: false, error: { code: 'validation_failed', message: 'The subscription could not be changed' } });
    }
  }
}

/** `auth: {token}` as the contract says; the REST headers also work for clients that can set them. */
function presentedKey(socket: Socket): string | undefined {
  const auth = socket.handshake.auth as Record<string, unknown> | undefined;
  const fromAuth = typeof auth?.['token'] === 'string' ? auth['token'] : undefined;
  const header = socket.handshake.headers.authorization ?? socket.handshake.headers['x-api-key'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const value = fromAuth ?? fromHeader;
  return value?.replace(/^Bearer\s+/i, '').trim() || undefined;
}

/** The client's `connect_error` gets `message` and `data: {code, message}`. */
function connectError(code: LiveConnectErrorData['code'], message: string): Error {
  const error = new Error(message) as Error & { data: LiveConnectErrorData };
  error.data = { code, message };
  return error;
}
