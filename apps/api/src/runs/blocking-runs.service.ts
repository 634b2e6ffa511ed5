import { Injectable } from '@nestjs/common';

/**
 * Counts the blocking runs in flight in this process (MISP is waiting on each of them). The worker asks
 * `quiet()` before it starts a queued job, so background work yields to a blocking run that shares the
 * event loop (decision 0018).
 */
@Injectable()
export class BlockingRunsService {
  private active = 0;
  private waiters: Array<() => void> = [];

  get inFlight(): number {
    return this.active;
  }

  async track<T>(run: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await run();
    } finally {
      this.active--;
      if (this.active === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters) wake();
      }
    }
  }

  /**
   * Resolves once no blocking run is in flight, or after `maxWaitMs` at the latest, so a steady stream of
   * blocking calls slows the queue down but cannot stop it.
   */
  quiet(maxWaitMs: number): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxWaitMs);
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        const i = waiters.indexOf(done);
        if (i !== -1) waiters.splice(i, 1);
        resolve();
      }
      waiters.push(done);
    });
  }
}
