import { ApiError } from '../common/errors/api-error';

/**
 * A job that can never succeed however often it is tried (its workflow or payload is gone, its stored graph
 * is invalid): failed at once and kept for inspection, not retried.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

const PERMANENT_API_CODES = new Set(['not_found', 'invalid_graph', 'validation_failed', 'bad_request']);

/**
 * What a retry cannot fix. Everything else that escapes a run is the platform's infrastructure (database,
 * Redis, the process) and is retried with backoff. A workflow's own outcome (failure, blocked, deadline)
 * never reaches here: it is a recorded execution and the job is done.
 */
export function isPermanentJobError(error: unknown): boolean {
  if (error instanceof PermanentJobError) return true;
  return error instanceof ApiError && PERMANENT_API_CODES.has(error.code);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
