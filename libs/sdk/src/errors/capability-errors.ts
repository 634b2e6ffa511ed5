import type { FailureCause } from '../outcome/outcome';

/**
 * Thrown by `ctx.misp.request` when MISP answers with an error or cannot be reached. A module may let it
 * propagate: the platform turns it into a node failure with this message and cause (not a module defect).
 */
export class MispApiError extends Error {
  override readonly name = 'MispApiError';
  constructor(
    message: string,
    /** HTTP status, or null when MISP was not reached (network error, timeout). */
    readonly status: number | null,
    readonly failureCause: FailureCause,
    /** The decoded error body MISP sent, when there is one. */
    readonly body?: unknown,
  ) {
    super(message);
  }
}

export type HttpErrorKind = 'url-not-allowed' | 'timeout' | 'too-large' | 'network' | 'aborted';

/** Thrown by `ctx.http.request` when no response could be obtained (non-2xx statuses are answers, not errors). */
export class HttpRequestError extends Error {
  override readonly name = 'HttpRequestError';
  constructor(
    message: string,
    readonly kind: HttpErrorKind,
  ) {
    super(message);
  }
}

/** Thrown by `ctx.templates.render` for a template that does not parse or fails while rendering. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}
