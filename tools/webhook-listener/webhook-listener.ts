import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type ReceivedRequest = {
  /** ISO 8601, when the body had been read. */
  timestamp: string;
  method: string;
  path: string;
  /** Everything after `?`, verbatim (MISP does not URL-encode e.g. `message=`). */
  rawQuery: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The decoded body when it is JSON, whatever the Content-Type (MISP labels its JSON form-urlencoded). */
  body?: JsonValue;
};

/** A request Node's HTTP parser refused; `rawPacket` is what arrived, so nothing MISP sent is lost. */
export type RejectedRequest = { timestamp: string; error: string; rawPacket: string };

export type WebhookListenerOptions = {
  host?: string;
  /** 0 picks a free port; defaults to 27051, MISP's default `Plugin.Workflow_debug_url` port. */
  port?: number;
  onRequest?: (request: ReceivedRequest) => void;
  onRejected?: (rejected: RejectedRequest) => void;
};

export type WebhookListener = { url: string; port: number; requests: ReceivedRequest[]; close(): Promise<void> };

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 27051;
const OK_BODY = '{"status":"ok"}';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeJson(raw: string): JsonValue | undefined {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    return undefined;
  }
}

export async function toReceivedRequest(req: IncomingMessage): Promise<ReceivedRequest> {
  const rawBody = await readBody(req);
  const target = req.url ?? '/';
  const mark = target.indexOf('?');
  const url = new URL(target, 'http://listener');
  const body = decodeJson(rawBody);
  return {
    timestamp: new Date().toISOString(),
    method: req.method ?? '',
    path: mark === -1 ? target : target.slice(0, mark),
    rawQuery: mark === -1 ? '' : target.slice(mark + 1),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    rawBody,
    ...(body === undefined ? {} : { body }),
  };
}

function answerOk(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(OK_BODY) });
  res.end(OK_BODY);
}

function rejectRequest(error: Error & { rawPacket?: Buffer }, socket: Socket, options: WebhookListenerOptions): void {
  options.onRejected?.({ timestamp: new Date().toISOString(), error: error.message, rawPacket: error.rawPacket?.toString('utf8') ?? '' });
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/** The listener behind the CLI: records every request, hands it to `onRequest`, answers 200 `{"status":"ok"}`. */
export async function createWebhookListener(options: WebhookListenerOptions = {}): Promise<WebhookListener> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    toReceivedRequest(req)
      .then((received) => {
        requests.push(received);
        options.onRequest?.(received);
        answerOk(res);
      })
      .catch(() => res.destroy());
  });
  server.on('clientError', (error: Error, socket: Socket) => rejectRequest(error, socket, options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
