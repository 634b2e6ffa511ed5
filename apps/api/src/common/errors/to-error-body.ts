import { HttpException } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@misp-wf/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { ZodError } from 'zod';
import { ApiError } from './api-error';

export type MappedError = { status: number; body: ErrorBody; unexpected: boolean };

/**
 * Maps anything thrown while serving a request to contract §3's shape. Unknown errors become a 500 without
 * their message (no internals leak); everything a client can cause maps to a 4xx.
 */
export function toErrorBody(error: unknown): MappedError {
  if (error instanceof ApiError) return mapped(error.status, error.code, error.message, error.details);
  if (error instanceof ZodError) {
    return mapped(400, 'validation_failed', 'Request validation failed', zodDetails(error));
  }
  if (error instanceof ZodValidationException) {
    const zod = error.getZodError();
    const details = zod instanceof ZodError ? zodDetails(zod) : undefined;
    const summary = details?.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ');
    return mapped(400, 'validation_failed', summary ? `Invalid request: ${summary}` : 'Invalid request', details);
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isNulCharacterRefused(error)) {
    return mapped(400, 'bad_request', 'Text values must not contain the NUL character (\\u0000)');
  }
  const fastify = fromFastifyError(error);
  if (fastify) return fastify;
  return { ...mapped(500, 'internal_error', 'Internal server error'), unexpected: true };
}

function mapped(status: number, code: ErrorCode, message: string, details?: unknown): MappedError {
  const body: ErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return { status, body, unexpected: false };
}

function zodDetails(error: ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/**
 * PostgreSQL refuses U+0000 in text (SQLSTATE 22021) wherever a client string reaches it: a name, an id in
 * the path, a query filter. It is the client's input, so a 400 rather than a 500 (SQLite stores it as is).
 */
function isNulCharacterRefused(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  return typeof driverError === 'object' && driverError !== null && (driverError as { code?: unknown }).code === '22021';
}

function fromHttpException(error: HttpException): MappedError {
  const status = error.getStatus();
  const message = status === 404 && /^Cannot /.test(error.message) ? `Route not found: ${error.message.slice(7)}` : error.message;
  return mapped(status, codeForStatus(status), message);
}

type FastifyLikeError = { code?: unknown; statusCode?: unknown; message?: unknown };

function fromFastifyError(error: unknown): MappedError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as FastifyLikeError;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
    return mapped(413, 'payload_too_large', 'Request body is larger than the 64 MB limit');
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    const message = error instanceof Error ? error.message : 'Malformed JSON';
    return mapped(400, 'invalid_json', `Malformed JSON body: ${message}`);
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return mapped(415, 'unsupported_media_type', 'Unsupported Content-Type; send application/json');
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const message = error instanceof Error ? error.message : 'Bad request';
    return mapped(statusCode, codeForStatus(statusCode), message);
  }
  return undefined;
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'invalid_graph';
    case 503:
      return 'dependency_down';
    default:
      return status < 500 ? 'bad_request' : 'internal_error';
  }
}
