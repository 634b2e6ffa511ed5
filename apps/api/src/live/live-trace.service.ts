import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { LiveDroppedEvent } from '@misp-wf/contracts';
import { Server } from 'socket.io';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { connectLiveRedis, type LiveRedisLink } from './live-redis';
import { LiveRun, type LiveEnvelope, type LiveRunMeta } from './live-run';
import { backlogOf, DROP_GRACE_MS, isSlow, MAX_PENDING_PACKETS } from './slow-consumer';

/** Events wait at most this long before they are sent … */
export const LIVE_FLUSH_MS = 50;
/** … or until this many are waiting. */
export const LIVE_BATCH_SIZE = 200;
/** Beyond this many unsent events (a burst within one tick) new ones are dropped, never buffered without end. */
const MAX_UNSENT = 20_000;
/** Server-to-server event carrying one batch through Redis to every other process. */
export const LIVE_BATCH_EVENT = 'mwp:live-batch';

/**
 * Publishes live execution traces (contract §7, decision 0020). A run only appends to an array; a timer
 * sends the batch in order to the subscribers of this process and, with `REDIS_URL`, as one Redis message
 * to every other process, which delivers it to its own subscribers. Processes that serve no socket clients
 * (workers) publish through a detached socket.io server on the same Redis adapter.
 */
@Injectable()
export class LiveTraceService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('live');
  private server: Server | null = null;
  private detached = false;
  private redis: LiveRedisLink | null = null;
  private unsent: LiveEnvelope[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private immediate: ReturnType<typeof setImmediate> | null = null;
  private stopped = false;
  private lastRedisError = 0;
  /** Read by `/metrics`. */
  readonly stats = { dropped_clients: 0, dropped_events: 0 };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The gateway's server, once socket.io is attached to the API port. */
  attach(server: Server): void {
    this.server = server;
    this.linkRedis(server);
  }

  /** The gateway attaches during init; a context without it (a worker) connects its emitter now, before runs. */
  onApplicationBootstrap(): void {
    if (!this.server) this.detachedServer();
  }

  begin(meta: LiveRunMeta): LiveRun {
    return new LiveRun(meta, (envelope) => this.enqueue(envelope));
  }

  /** Clients connected to this process. */
  clientCount(): number {
    return this.server && !this.detached ? this.server.sockets.sockets.size : 0;
  }

  /** Sends everything waiting, in order. Never throws. */
  flush(): void {
    this.clearSchedule();
    const batch = this.unsent;
    this.unsent = [];
    if (batch.length === 0) return;
    try {
      const server = this.server ?? this.detachedServer();
      if (!server) return;
      this.deliverLocally(server, batch);
      if (this.redis?.usable()) server.of('/').serverSideEmit(LIVE_BATCH_EVENT, batch);
    } catch (error) {
      this.logger.warn(`Could not publish ${batch.length} live event(s): ${String(error)}`);
    }
  }

  beforeApplicationShutdown(): void {
    this.flush();
  }

  /**
   * After Nest closed the gateway's server and the workers finished their jobs: the last events still
   * reach other processes (publishing needs only the Redis connection), then the connection closes.
   */
  async onApplicationShutdown(): Promise<void> {
    this.flush();
    this.stopped = true;
    this.clearSchedule();
    // A detached server has no engine to close (`Server.close` would throw); only its adapter unsubscribes.
    if (this.detached && this.server) await Promise.resolve(this.server.of('/').adapter.close()).catch(() => undefined);
    this.redis?.close();
    this.redis = null;
  }

  private enqueue(envelope: LiveEnvelope): void {
    if (this.stopped) return;
    // Without Redis only this process's clients can watch; skip the work when none watches these rooms.
    if (!this.config.REDIS_URL && !this.watched(envelope.rooms)) return;
    if (this.unsent.length >= MAX_UNSENT) {
      this.stats.dropped_events += 1;
      return;
    }
    this.unsent.push(envelope);
    if (this.unsent.length >= LIVE_BATCH_SIZE) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.immediate ??= setImmediate(() => this.flush());
    } else if (!this.timer && !this.immediate) {
      this.timer = setTimeout(() => this.flush(), LIVE_FLUSH_MS);
    }
  }

  private watched(rooms: string[]): boolean {
    const server = this.server;
    if (!server || this.detached) return false;
    const local = server.sockets.adapter.rooms;
    return rooms.some((room) => local.has(room));
  }

  private deliverLocally(server: Server, batch: readonly LiveEnvelope[]): void {
    if (this.detached) return;
    this.dropSlowClients(server);
    for (const { rooms, name, payload } of batch) server.local.to(rooms).emit(name, payload);
  }

  /**
   * Clients whose backlog passed the limit get `live:dropped` and a disconnect, queued behind what they
   * have not read yet; if they still have not read it after a grace period, the transport is cut.
   */
  private dropSlowClients(server: Server): void {
    for (const socket of server.sockets.sockets.values()) {
      if (socket.rooms.size <= 1 || !isSlow(backlogOf(socket))) continue;
      this.stats.dropped_clients += 1;
      const dropped: LiveDroppedEvent = {
        reason: 'slow_consumer',
        message: `More than ${MAX_PENDING_PACKETS} live events were waiting for this client; it was disconnected. Reconnect and subscribe again.`,
      };
      socket.emit('live:dropped', dropped);
      socket.disconnect(true);
      const conn = socket.conn;
      setTimeout(() => {
        if (conn.readyState !== 'closed') conn.close(true);
      }, DROP_GRACE_MS).unref();
    }
  }

  private linkRedis(server: Server): void {
    const url = this.config.REDIS_URL;
    if (!url || this.redis) return;
    // Under `REDIS_PREFIX`, like the queues: processes of one deployment meet, another deployment stays apart.
    this.redis = connectLiveRedis(url, `${this.config.REDIS_PREFIX}-live`, (error) => this.onRedisError(error));
    server.adapter(this.redis.adapter);
    server.of('/').on(LIVE_BATCH_EVENT, (batch: unknown) => {
      if (!Array.isArray(batch)) return;
      try {
        this.deliverLocally(server, batch as LiveEnvelope[]);
      } catch (error) {
        this.logger.warn(`Could not deliver ${batch.length} live event(s) from another process: ${String(error)}`);
      }
    });
  }

  /** A process without the gateway (a worker context) still publishes through Redis. */
  private detachedServer(): Server | null {
    if (!this.config.REDIS_URL || this.stopped) return null;
    const server = new Server({ serveClient: false });
    this.server = server;
    this.detached = true;
    this.linkRedis(server);
    return server;
  }

  private onRedisError(error: Error): void {
    const now = Date.now();
    if (now - this.lastRedisError < 30_000) return;
    this.lastRedisError = now;
    this.logger.warn(`Live traces: Redis error (${error.message}); events of other processes are not relayed meanwhile`);
  }

  private clearSchedule(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
}
