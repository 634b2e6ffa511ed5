import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { messageOf } from '../queue/job-errors';
import { JobQueueService } from '../queue/job-queue.service';
import { JobStore } from '../queue/job-store.service';
import { RedisQueues } from '../queue/redis-queues.service';
import { BlockingRunsService } from './blocking-runs.service';
import { BullmqWorkerPool } from './bullmq-worker-pool';
import { EmbeddedWorkerLoop } from './embedded-worker-loop';
import { JobProcessor } from './job-processor.service';
import { WorkerSlots } from './worker-slots';

const PRUNE_EVERY_MS = 3_600_000;
const RECONCILE_EVERY_MS = 60_000;
/** Older than this, an unfinished job that Redis does not know is put back (Redis lost it). */
const RECONCILE_AFTER_MS = 60_000;

/**
 * Runs queued jobs in this process unless `WORKER=false` (then the process only serves HTTP and enqueues).
 * The transport is the database (embedded) or BullMQ (`REDIS_URL`); on shutdown the jobs in hand finish
 * before the process exits.
 */
@Injectable()
export class JobWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');
  private readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private embedded: EmbeddedWorkerLoop | null = null;
  private pool: BullmqWorkerPool | null = null;
  private timers: ReturnType<typeof setInterval>[] = [];

  constructor(
    private readonly queue: JobQueueService,
    private readonly store: JobStore,
    private readonly redisQueues: RedisQueues,
    private readonly processor: JobProcessor,
    private readonly blockingRuns: BlockingRunsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER) return;
    const slots = new WorkerSlots(this.config.WORKER_CONCURRENCY, this.blockingRuns);
    if (this.redisQueues.enabled) {
      this.pool = new BullmqWorkerPool({ queues: this.redisQueues, store: this.store, processor: this.processor, slots, config: this.config, workerId: this.id, logger: this.logger });
      this.pool.start();
      this.every(RECONCILE_EVERY_MS, () => this.reconcile());
      void this.reconcile();
    } else {
      const recovered = await this.store.recoverOrphans();
      if (recovered) this.logger.warn(`Re-queued ${recovered} job(s) left running by a stopped process`);
      this.embedded = new EmbeddedWorkerLoop({
        store: this.store,
        processor: this.processor,
        slots,
        concurrency: this.config.QUEUE_CONCURRENCY,
        slotCount: this.config.WORKER_CONCURRENCY,
        workerId: this.id,
        logger: this.logger,
      });
      this.queue.events.on('enqueued', this.onEnqueued);
      this.embedded.start();
    }
    this.every(PRUNE_EVERY_MS, () => this.prune());
    void this.prune();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.queue.events.off('enqueued', this.onEnqueued);
    await this.embedded?.stop();
    await this.pool?.stop();
  }

  private readonly onEnqueued = (): void => this.embedded?.wake();

  private every(ms: number, task: () => Promise<void>): void {
    const timer = setInterval(() => void task(), ms);
    timer.unref();
    this.timers.push(timer);
  }

  private async prune(): Promise<void> {
    try {
      const pruned = await this.store.prune();
      if (pruned.done || pruned.failed) this.logger.log(`Pruned ${pruned.done} done and ${pruned.failed} failed job(s)`);
    } catch (error) {
      this.logger.warn(`Could not prune old jobs: ${messageOf(error)}`);
    }
  }

  /**
   * The jobs table is the truth: a job committed there but missing from Redis (a crash between commit and
   * add, or a Redis restart without persistence) is added again. A duplicate is harmless: the row decides.
   */
  private async reconcile(): Promise<void> {
    try {
      const rows = await this.store.unfinished(new Date(Date.now() - RECONCILE_AFTER_MS), 200);
      let republished = 0;
      for (const row of rows) if (await this.redisQueues.republishIfLost(row)) republished++;
      if (republished) this.logger.warn(`Put back ${republished} job(s) that Redis did not hold`);
    } catch (error) {
      this.logger.warn(`Could not reconcile the queue: ${messageOf(error)}`);
    }
  }
}
