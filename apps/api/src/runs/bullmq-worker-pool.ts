import type { Logger } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { AppConfig } from '../config/app-config.schema';
import { concurrencyOf } from '../config/queue-concurrency';
import { boundedClose, settlesWithin } from '../queue/time-limits';
import { isPermanentJobError, messageOf } from '../queue/job-errors';
import type { JobStore } from '../queue/job-store.service';
import { QUEUE_NAMES } from '../queue/queue-names';
import type { QueuedJobRef, RedisQueues } from '../queue/redis-queues.service';
import type { JobProcessor } from './job-processor.service';
import type { WorkerSlots } from './worker-slots';

/**
 * The consumers on Redis (decision 0018): one BullMQ worker per queue with that queue's
 * `QUEUE_CONCURRENCY`, all sharing this process's `WORKER_CONCURRENCY` slots. A job that a dead process
 * held is handed out again once its lock (`QUEUE_LOCK_MS`) lapses; the row in the jobs table decides
 * whether it still needs running.
 */
export class BullmqWorkerPool {
  private workers: Worker<QueuedJobRef>[] = [];
  /** Workers whose Redis connection came up; the others have no job in hand and are closed at once. */
  private readonly connected = new WeakSet<Worker<QueuedJobRef>>();

  constructor(
    private readonly deps: { queues: RedisQueues; store: JobStore; processor: JobProcessor; slots: WorkerSlots; config: AppConfig; workerId: string; logger: Logger },
  ) {}

  start(): void {
    const { config, queues, logger } = this.deps;
    const connection = queues.workerConnection();
    this.workers = QUEUE_NAMES.map((name) => {
      const worker = new Worker<QueuedJobRef>(name, (job) => this.process(name, job), {
        connection,
        prefix: queues.prefix,
        concurrency: concurrencyOf(config.QUEUE_CONCURRENCY, name),
        lockDuration: config.QUEUE_LOCK_MS,
        stalledInterval: config.QUEUE_LOCK_MS,
        // A job whose worker died twice is failed rather than handed out forever (a poison payload).
        maxStalledCount: 1,
      });
      worker.on('error', (error) => logger.warn(`Worker ${name}: ${messageOf(error)}`));
      worker.on('ready', () => this.connected.add(worker));
      worker.on('failed', (job, error) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) logger.error(`Job ${job.id} (${name}) failed for good: ${messageOf(error)}`);
      });
      return worker;
    });
  }

  /** Stops fetching and waits for the jobs in hand. */
  async stop(): Promise<void> {
    this.deps.queues.stopReconnecting();
    // Jobs in hand get a grace period; past it (or with Redis gone) the close is forced so shutdown never hangs.
    await Promise.all(
      this.workers.map(async (w) => {
        if (!this.connected.has(w)) return boundedClose(w.close(true));
        const closing = w.close().catch((error: unknown) => this.deps.logger.warn(`Closing a worker: ${messageOf(error)}`));
        if (!(await settlesWithin(closing, 10_000))) await boundedClose(w.close(true));
      }),
    );
    this.workers = [];
  }

  private async process(queue: string, bull: Job<QueuedJobRef>): Promise<string> {
    const { store, processor, slots, workerId, logger } = this.deps;
    const release = await slots.acquire();
    try {
      const row = await store.claimById(bull.data.jobId, workerId);
      // Done or failed already (a second delivery), or taken back because Redis answered too late.
      if (!row) return 'skipped';
      try {
        await processor.execute(row);
      } catch (error) {
        const permanent = isPermanentJobError(error);
        const final = permanent || bull.attemptsMade + 1 >= (bull.opts.attempts ?? 1);
        if (!final) logger.warn(`Job ${row.id} (${queue}) failed, will retry: ${messageOf(error)}`);
        await store.fail(row, messageOf(error), final ? 'failed' : { retryAt: new Date() }).catch(() => undefined);
        throw permanent ? new UnrecoverableError(messageOf(error)) : error;
      }
      await store.complete(row);
      return 'done';
    } finally {
      release();
    }
  }
}
