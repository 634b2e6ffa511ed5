/**
 * Why a module failed, as data (style guide rule 11). The platform uses it for retries and messages.
 */
export type FailureCause =
  | 'rate-limited'
  | 'temporarily-unavailable'
  | 'credential-invalid'
  | 'configuration-invalid'
  | 'not-found'
  | 'module-defect';

/** What `run` returns. The engine maps it to MISP's success / failure / blocked semantics. */
export type ModuleResult =
  | { kind: 'ok' }
  | { kind: 'fail'; message: string; cause?: FailureCause; retryAfterMs?: number }
  | { kind: 'block'; message: string }
  | { kind: 'branch'; output: string };

/** The module did its work. */
export const ok = (): ModuleResult => ({ kind: 'ok' });

/** The module failed; on a blocking module this stops the workflow with outcome `failure`. */
export const fail = (message: string, opts: { cause?: FailureCause; retryAfterMs?: number } = {}): ModuleResult => ({
  kind: 'fail',
  message,
  ...opts,
});

/** A blocking module refuses the operation: the workflow ends with outcome `blocked` (like stop-execution). */
export const block = (message: string): ModuleResult => ({ kind: 'block', message });

/** Logic modules: follow this output (`output_1` is "then", `output_2` is "else"). */
export const branch = (output: string): ModuleResult => ({ kind: 'branch', output });

/** Logic modules: follow "then" when `condition` holds, else "else". */
export const when = (condition: boolean): ModuleResult => branch(condition ? 'output_1' : 'output_2');
