import { MispApiError, fail, ok, type FailureCause, type ModuleLogger, type ModuleResult } from '@misp-wf/sdk';

/**
 * The MISP saves of one node execution, for modules that act item by item. MISP's own modules keep going
 * when one save fails and succeed when at least one save did, so a `MispApiError` is recorded here instead
 * of ending the node; anything else (a bug) still propagates.
 */
export class MispSaves {
  private succeeded = 0;
  private readonly failures: { message: string; cause: FailureCause }[] = [];

  /** Runs one MISP call; `true` when it succeeded. */
  async attempt(call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      this.succeeded++;
      return true;
    } catch (error) {
      if (!(error instanceof MispApiError)) throw error;
      this.failures.push({ message: error.message, cause: error.failureCause });
      return false;
    }
  }

  get anySucceeded(): boolean {
    return this.succeeded > 0;
  }

  get attempted(): boolean {
    return this.succeeded + this.failures.length > 0;
  }

  /** Logs the failed calls as warnings: when others succeeded, the node's outcome does not show them. */
  logFailures(log: ModuleLogger): void {
    for (const failure of this.failures) log.warn(`MISP refused a save: ${failure.message}`);
  }

  /** `ok` when a save succeeded; otherwise a failure naming MISP's first error, or `nothingDone`. */
  result(nothingDone: string): ModuleResult {
    if (this.anySucceeded) return ok();
    const [first] = this.failures;
    if (!first) return fail(nothingDone);
    const more = this.failures.length > 1 ? ` (and ${this.failures.length - 1} more)` : '';
    return fail(`${first.message}${more}`, { cause: first.cause });
  }
}
