import type { JsonValue, ReceivedRequest, RejectedRequest } from './webhook-listener';

export type FormatOptions = { headers?: boolean };

const DEBUG_PATH = /^\/([^/]+)\/(init|exec|end|debug)(?:\/([^/]+))?$/;

/**
 * Names the workflow debug-mode call (workflows-spec §7.2) a path stands for, e.g.
 * `/event-publish/exec/stop-execution?result=success` → "trigger event-publish · exec stop-execution · result=success".
 */
export function describeDebugCall(request: Pick<ReceivedRequest, 'path' | 'query'>): string | undefined {
  const match = DEBUG_PATH.exec(request.path);
  if (!match) return undefined;
  const [, trigger, step, module] = match;
  const parts = [`trigger ${trigger}`, module ? `${step} ${module}` : step];
  for (const key of ['type', 'result', 'outcome', 'message']) {
    if (request.query[key] !== undefined) parts.push(`${key}=${request.query[key]}`);
  }
  return parts.join(' · ');
}

function formatBody(request: ReceivedRequest): string {
  if (request.rawBody === '') return 'body: (empty)';
  return request.body === undefined ? `body (not JSON):\n${request.rawBody}` : `body:\n${prettyJson(request.body)}`;
}

export function prettyJson(value: JsonValue): string {
  return JSON.stringify(value, null, 2);
}

/** One block per request, ending with a blank line like MISP's webhook-listener.py. */
export function formatRequest(request: ReceivedRequest, options: FormatOptions = {}): string {
  const target = request.rawQuery === '' ? request.path : `${request.path}?${request.rawQuery}`;
  const lines = [`[${request.timestamp}] ${request.method} ${target}`];
  const debugCall = describeDebugCall(request);
  if (debugCall) lines.push(`debug: ${debugCall}`);
  if (Object.keys(request.query).length > 0) lines.push(`query: ${JSON.stringify(request.query)}`);
  if (options.headers) lines.push(`headers:\n${prettyJson(request.headers as JsonValue)}`);
  else if (request.headers['content-type']) lines.push(`content-type: ${request.headers['content-type']}`);
  lines.push(formatBody(request));
  return `${lines.join('\n')}\n\n`;
}

export function formatRejected(rejected: RejectedRequest): string {
  return `[${rejected.timestamp}] request refused by the HTTP parser (${rejected.error}); raw:\n${rejected.rawPacket}\n\n`;
}
