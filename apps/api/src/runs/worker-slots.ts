import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { BlockingRunsService } from './blocking-runs.service';

/** How long a queued job waits for blocking runs of this process to finish before it starts anyway. */
const MAX_DEFER_MS = 1000;

/**
 * The process-wide cap on queued jobs running at once (`WORKER_CONCURRENCY`), across every queue. Before
 * a job starts it also lets in-flight blocking runs finish (up to a second) and yields to pending I/O,
 * so incoming MISP requests are read before more background work begins.
 */
export class WorkerSlots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly blockingRuns: BlockingRunsService,
  ) {}

  get inUse(): number {
    return this.used;
  }

  async acquire(): Promise<() => void> {
    if (this.used >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.used++;
    try {
      await this.blockingRuns.quiet(MAX_DEFER_MS);
      await yieldToEventLoop();
    } catch (error) {
      this.release();
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `used` stays the same.
    if (next) next();
    else this.used--;
  }
}
