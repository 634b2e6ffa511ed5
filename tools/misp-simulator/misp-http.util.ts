/**
 * MISP's response envelopes (RestResponseComponent and CakePHP's JSON exception renderer), so clients are
 * tested against the exact shapes they will meet.
 */

export type HandlerResult = {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
};

/** A CakePHP HTTP exception: rendered as `{name, message, url}` with its status. */
export class MispHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string): MispHttpError =>
  new MispHttpError(404, message);
export const methodNotAllowed = (message: string): MispHttpError =>
  new MispHttpError(405, message);

export const AUTH_FAILED_MESSAGE =
  'Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.';

export function errorBody(
  message: string,
  url: string,
): { name: string; message: string; url: string } {
  return { name: message, message, url };
}

/** `RestResponseComponent::saveSuccessResponse`. */
export function saveSuccess(url: string, message: string): HandlerResult {
  return { body: { saved: true, success: true, name: message, message, url } };
}

/** `RestResponseComponent::saveFailResponse`: always HTTP 403, name derived from the action and model. */
export function saveFail(
  url: string,
  action: string,
  model: string,
  errors: unknown,
): HandlerResult {
  const name = `Could not ${action} ${model}`;
  return {
    status: 403,
    body: { saved: false, name, message: name, url, errors },
  };
}

/** Unwraps `{"Model": {...}}` bodies; MISP accepts both wrapped and bare forms. */
export function unwrap(body: unknown, model: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {};
  const record = body as Record<string, unknown>;
  const inner = record[model] ?? record['request'];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : record;
}
