import type { Logger } from '@nestjs/common';
import { concurrencyOf, type QueueConcurrency } from '../config/queue-concurrency';
import { isPermanentJobError, messageOf } from '../queue/job-errors';
import type { JobStore } from '../queue/job-store.service';
import type { JobEntity } from '../queue/job.entity';
import { queueNameOf, QUEUE_NAMES } from '../queue/queue-names';
import type { JobProcessor } from './job-processor.service';
import type { WorkerSlots } from './worker-slots';

const IDLE_POLL_MS = 500;
const MAX_ATTEMPTS = 3;

/**
 * The embedded queue's consumer (decision 0010): `WORKER_CONCURRENCY` slots claim jobs from the database,
 * oldest first but skipping queues that already run their `QUEUE_CONCURRENCY` share in this process, and
 * turning to another queue after each claim when one has work, so a burst on one trigger leaves room to
 * the others (decision 0018).
 */
export class EmbeddedWorkerLoop {
  private active = false;
  private loops: Promise<void>[] = [];
  private readonly runningPerQueue = new Map<string, number>();
  private readonly idle = new Set<() => void>();
  private claiming: Promise<unknown> = Promise.resolve();
  private lastServed: string | null = null;

  constructor(
    private readonly deps: { store: JobStore; processor: JobProcessor; slots: WorkerSlots; concurrency: QueueConcurrency; slotCount: number; workerId: string; logger: Logger },
  ) {}

  start(): void {
    this.active = true;
    this.loops = Array.from({ length: this.deps.slotCount }, () => this.slot());
  }

  /** Wakes idle slots (a job was enqueued in this process). */
  wake(): void {
    for (const wake of [...this.idle]) wake();
  }

  /** Stops claiming and waits for the jobs in hand. */
  async stop(): Promise<void> {
    this.active = false;
    this.wake();
    await Promise.all(this.loops);
  }

  private async slot(): Promise<void> {
    while (this.active) {
      const release = await this.deps.slots.acquire();
      let job: JobEntity | null = null;
      try {
        job = await this.claim();
        if (job) await this.run(job);
      } finally {
        release();
        if (job) {
          this.count(queueNameOf(job), -1);
          // A queue that was saturated may have work the idle slots skipped.
          this.wake();
        }
      }
      if (!job && this.active) await this.sleep();
    }
  }

  /** One claim at a time in this process, so two slots never both take a queue's last free place. */
  private claim(): Promise<JobEntity | null> {
    const next = this.claiming.then(async () => {
      const saturated = new Set(QUEUE_NAMES.filter((q) => (this.runningPerQueue.get(q) ?? 0) >= concurrencyOf(this.deps.concurrency, q)));
      if (saturated.size === QUEUE_NAMES.length) return null;
      try {
        // Another queue's oldest job first, if there is one: a run that never yields (SQLite is synchronous)
        // leaves no room for concurrency limits to act, so the order of claims has to be fair as well.
        const last = this.lastServed;
        let job = last && !saturated.has(last) ? await this.deps.store.claimNext(this.deps.workerId, new Set([...saturated, last])) : null;
        job ??= await this.deps.store.claimNext(this.deps.workerId, saturated);
        if (job) {
          this.lastServed = queueNameOf(job);
          this.count(this.lastServed, +1);
        }
        return job;
      } catch (error) {
        this.deps.logger.error(`Could not claim a job: ${messageOf(error)}`);
        return null;
      }
    });
    this.claiming = next.catch(() => undefined);
    return next;
  }

  private async run(job: JobEntity): Promise<void> {
    try {
      await this.deps.processor.execute(job);
      await this.deps.store.complete(job);
    } catch (error) {
      const permanent = isPermanentJobError(error);
      const final = permanent || job.attempts >= MAX_ATTEMPTS;
      this.deps.logger.error(`Job ${job.id} (${queueNameOf(job)}) failed${final ? '' : ', will retry'}: ${messageOf(error)}`);
      await this.deps.store.fail(job, messageOf(error), final ? 'failed' : { retryAt: new Date(Date.now() + 1000 * 2 ** job.attempts) }).catch(() => undefined);
    }
  }

  private count(queue: string, delta: number): void {
    this.runningPerQueue.set(queue, (this.runningPerQueue.get(queue) ?? 0) + delta);
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.idle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, IDLE_POLL_MS);
      this.idle.add(done);
    });
  }
}
