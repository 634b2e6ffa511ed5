import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { ApiError } from '../common/errors/api-error';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { messageOf } from './job-errors';
import { JobStore, type EnqueueInput } from './job-store.service';
import { QUEUE_NAMES, queueNameOf } from './queue-names';
import { RedisQueues } from './redis-queues.service';
import { withTimeout } from './time-limits';

export type { EnqueueInput } from './job-store.service';

export type QueuePressure = { high_water: number; queues: Record<string, { depth: number; over_high_water: boolean }> };

const PUBLISH_TIMEOUT_MS = 5000;
const DEPTH_CHECK_EVERY_MS = 1000;
const WARN_AGAIN_AFTER_MS = 60_000;

/**
 * Where the platform puts work it acknowledges before running it (decisions 0010 and 0018). The payload and
 * the job row are committed first; with `REDIS_URL` the job's id is then added to its BullMQ queue, and only
 * then does the caller answer 202. Without Redis the database is the queue.
 */
@Injectable()
export class JobQueueService implements OnModuleDestroy {
  /** Emits `enqueued` (queue name) so an embedded worker in this process starts at once, not at its next poll. */
  readonly events = new EventEmitter();
  private readonly logger = new Logger('queue');
  private readonly lastDepthCheck = new Map<string, number>();
  private readonly trailingChecks = new Map<string, ReturnType<typeof setTimeout>>();
  /** Queues above the high-water mark, with when we last warned about them. */
  private readonly over = new Map<string, number>();

  constructor(
    private readonly store: JobStore,
    private readonly redis: RedisQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get driver(): 'embedded' | 'redis' {
    return this.redis.enabled ? 'redis' : 'embedded';
  }

  get highWater(): number {
    return this.config.QUEUE_HIGH_WATER;
  }

  /**
   * Persists the job and hands it to the transport. Never refuses work because a queue is deep (that is
   * only reported): a job is refused only when it could not be stored or Redis did not take it, and then
   * nothing of it is left behind.
   */
  async enqueue(input: EnqueueInput): Promise<{ jobId: string; executionId: string }> {
    const job = await this.store.persist(input);
    const queue = queueNameOf(job);
    if (this.redis.enabled) {
      try {
        await withTimeout(this.redis.publish(job), PUBLISH_TIMEOUT_MS);
      } catch (error) {
        await this.store.discard(job).catch((e: unknown) => this.logger.error(`Could not take back job ${job.id}: ${messageOf(e)}`));
        throw new ApiError('dependency_down', 'The queue (Redis) did not accept the job, so nothing was queued; try again', { reason: messageOf(error) });
      }
    }
    this.events.emit('enqueued', queue);
    this.watchDepth(queue);
    return { jobId: job.id, executionId: job.executionId };
  }

  /** Jobs waiting to start, per queue (every queue listed, 0 when empty): for `/metrics` and back-pressure. */
  depthByQueue(): Promise<Record<string, number>> {
    return this.redis.enabled ? this.redis.depthByQueue() : this.store.depthByQueue(QUEUE_NAMES);
  }

  /** The depth of every queue against the high-water mark (`QUEUE_HIGH_WATER`). */
  async pressure(): Promise<QueuePressure> {
    const depths = await this.depthByQueue();
    const queues: QueuePressure['queues'] = {};
    for (const [name, depth] of Object.entries(depths)) queues[name] = { depth, over_high_water: depth > this.highWater };
    return { high_water: this.highWater, queues };
  }

  /** Queues last seen above the high-water mark by the enqueue-side check. */
  overHighWater(): string[] {
    return [...this.over.keys()];
  }

  onModuleDestroy(): void {
    for (const timer of this.trailingChecks.values()) clearTimeout(timer);
    this.trailingChecks.clear();
  }

  /**
   * Back-pressure is visible, never enforced: a queue past its high-water mark logs a warning (again every
   * minute while it stays there) and is listed by `overHighWater()`. Checked at most once a second per
   * queue, with a trailing check so the end of a burst is seen.
   */
  private watchDepth(queue: string): void {
    const now = Date.now();
    const last = this.lastDepthCheck.get(queue) ?? 0;
    if (now - last < DEPTH_CHECK_EVERY_MS) {
      if (!this.trailingChecks.has(queue)) {
        const timer = setTimeout(() => {
          this.trailingChecks.delete(queue);
          this.watchDepth(queue);
        }, DEPTH_CHECK_EVERY_MS - (now - last));
        timer.unref();
        this.trailingChecks.set(queue, timer);
      }
      return;
    }
    this.lastDepthCheck.set(queue, now);
    void this.depthByQueue()
      .then((depths) => this.judge(queue, depths[queue] ?? 0))
      .catch((error: unknown) => this.logger.warn(`Could not read the depth of queue ${queue}: ${messageOf(error)}`));
  }

  private judge(queue: string, depth: number): void {
    const now = Date.now();
    if (depth > this.highWater) {
      const warned = this.over.get(queue);
      if (warned === undefined || now - warned >= WARN_AGAIN_AFTER_MS) {
        this.logger.warn(`Queue ${queue} holds ${depth} jobs, above its high-water mark of ${this.highWater}: jobs are still accepted, but runs lag behind`);
        this.over.set(queue, now);
      }
    } else if (this.over.delete(queue)) {
      this.logger.log(`Queue ${queue} is back under its high-water mark (${depth} jobs)`);
    }
  }
}
