import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue, type DefaultJobOptions } from 'bullmq';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { boundedClose } from './time-limits';
import { messageOf } from './job-errors';
import type { JobEntity } from './job.entity';
import { QUEUE_NAMES, queueNameOf } from './queue-names';

/** What a BullMQ job carries: the id of its row in the jobs table, never the payload (MISP#10231). */
export type QueuedJobRef = { jobId: string };

export const JOB_ATTEMPTS = 3;

/**
 * Retries for infrastructure failures (1 s, 2 s), then the job stays in the failed set for inspection,
 * a week and at most 1000 per queue. Completed jobs go soon: their execution is the record.
 */
const JOB_OPTIONS: DefaultJobOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
};

/**
 * The BullMQ queues (decision 0018): one per non-blocking trigger plus one for concurrent-task branches.
 * Every process that enqueues holds these; only worker processes (`WORKER=true`) consume them. Inert
 * without `REDIS_URL`.
 */
@Injectable()
export class RedisQueues implements OnModuleDestroy {
  private readonly logger = new Logger('queue');
  private connection: Redis | null = null;
  private readonly connections: Redis[] = [];
  private stopping = false;
  private readonly queues = new Map<string, Queue<QueuedJobRef>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.REDIS_URL);
  }

  get prefix(): string {
    return this.config.REDIS_PREFIX;
  }

  /**
   * A connection for consumers. BullMQ's workers block on Redis and must not give up on a command
   * (`maxRetriesPerRequest: null`); BullMQ duplicates it, with these options, for each worker's blocking
   * reads. Closed with the queues.
   */
  workerConnection(): Redis {
    const connection = this.connect({ maxRetriesPerRequest: null });
    this.connections.push(connection);
    return connection;
  }

  /**
   * From now on no connection of this process reconnects, so closing BullMQ while Redis is unreachable
   * ends instead of waiting for a connection that never comes (and no retry timer outlives the process).
   */
  stopReconnecting(): void {
    this.stopping = true;
  }

  queue(name: string): Queue<QueuedJobRef> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<QueuedJobRef>(name, { connection: this.producerConnection(), prefix: this.prefix, defaultJobOptions: JOB_OPTIONS });
      queue.on('error', (error) => this.logger.warn(`Queue ${name}: ${messageOf(error)}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds the job under its own id, so adding it twice (a reconciliation) is a no-op. */
  async publish(job: JobEntity): Promise<void> {
    await this.queue(queueNameOf(job)).add(job.kind, { jobId: job.id }, { jobId: job.id });
  }

  /**
   * Puts a job back if Redis lost it (Redis restarted without persistence) or finished it while the
   * database says otherwise. Returns whether it had to.
   */
  async republishIfLost(job: JobEntity): Promise<boolean> {
    const queue = this.queue(queueNameOf(job));
    const existing = await queue.getJob(job.id);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      await existing.remove().catch(() => undefined);
    }
    await this.publish(job);
    return true;
  }

  /** Jobs waiting to start per queue (waiting, prioritized, delayed for a retry). */
  async depthByQueue(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const counts = await this.queue(name).getJobCounts('waiting', 'prioritized', 'delayed');
        return [name, Object.values(counts).reduce((a, b) => a + b, 0)] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopReconnecting();
    // With Redis unreachable BullMQ's close waits for a connection that never comes: shutdown must not hang.
    await Promise.all([...this.queues.values()].map((q) => boundedClose(q.close())));
    this.queues.clear();
    for (const connection of [...this.connections, this.connection]) connection?.disconnect();
    this.connections.length = 0;
    this.connection = null;
  }

  /** One connection shared by every queue of this process; a command fails after a few retries. */
  private producerConnection(): Redis {
    this.connection ??= this.connect({ maxRetriesPerRequest: 3, connectTimeout: 5000 });
    return this.connection;
  }

  private connect(options: { maxRetriesPerRequest: number | null; connectTimeout?: number }): Redis {
    const connection = new Redis({
      ...redisUrlOptions(this.requireUrl()),
      ...options,
      // Every 0.2 to 2 s while the process runs; never once it is stopping.
      retryStrategy: (attempt) => (this.stopping ? null : Math.min(attempt * 200, 2000)),
      // A socket that never connected does not report its close: destroy it soon instead of in 2 s.
      disconnectTimeout: 200,
    });
    connection.on('error', (error) => this.logger.warn(`Redis: ${messageOf(error)}`));
    return connection;
  }

  private requireUrl(): string {
    if (!this.config.REDIS_URL) throw new Error('REDIS_URL is not set');
    return this.config.REDIS_URL;
  }
}

/** ioredis options from a `redis://` or `rediss://` URL (BullMQ wants options or an instance, not a URL). */
export type RedisEndpoint = { host: string; port: number; username?: string; password?: string; db?: number; tls?: Record<string, never> };

export function redisUrlOptions(url: string): RedisEndpoint {
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
