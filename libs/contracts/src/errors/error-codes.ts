/** Stable error codes of the `{"error": {"code", "message", "details"?}}` body (contract §3). */
export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'invalid_graph',
  'dependency_down',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown };
};

/** HTTP status for each code; the API's exception filter and the web client share it. */
export function statusForErrorCode(code: ErrorCode): number {
  switch (code) {
    case 'bad_request':
    case 'invalid_json':
    case 'validation_failed':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'invalid_graph':
      return 422;
    case 'dependency_down':
      return 503;
    case 'internal_error':
      return 500;
    default: {
      const unreachable: never = code;
      throw new Error(`unknown error code ${String(unreachable)}`);
    }
  }
}
