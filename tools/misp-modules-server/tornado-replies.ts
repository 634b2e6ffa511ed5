import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { JsonValue } from './module-types';

/** Tornado's default: JSON answers too are labelled HTML, so clients must not insist on application/json. */
export const CONTENT_TYPE = 'text/html; charset=UTF-8';

export function sendBody(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Compact JSON with unicode left unescaped, like orjson. */
export function sendJson(res: ServerResponse, value: JsonValue): void {
  sendBody(res, 200, JSON.stringify(value));
}

/** Tornado's `RequestHandler.write_error` page. */
export function errorPage(status: number): string {
  const title = `${status}: ${STATUS_CODES[status] ?? 'Unknown'}`;
  return `<html><title>${title}</title><body>${title}</body></html>`;
}

export function sendErrorPage(res: ServerResponse, status: number): void {
  sendBody(res, status, errorPage(status));
}
