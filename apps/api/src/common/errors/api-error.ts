import { statusForErrorCode, type ErrorCode } from '@misp-wf/contracts';

/** The one domain exception of the API: a stable code, a human message, optional details. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = statusForErrorCode(code);
  }
}
