import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultModules } from './default-modules';
import type { JsonObject, JsonValue, MispModule, Notification } from './module-types';
import { openApiDocument, SWAGGER_UI_PAGE } from './openapi-document';
import { runQuery, type QueryDeps } from './query-handler';
import { sendBody, sendErrorPage, sendJson } from './tornado-replies';

/** What the next request gets instead of a normal answer; `hangMs` alone only delays the normal answer. */
export type Fault = { status?: number; hangMs?: number; closeSocket?: boolean };

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The decoded body when it is JSON. */
  body?: JsonValue;
  fault?: Fault;
  receivedAt: string;
};

export type MispModulesServerOptions = {
  modules?: MispModule[];
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** `null` reproduces the 500 misp-modules answers when its package metadata is missing. */
  version?: string | null;
  log?: (line: string) => void;
};

export type MispModulesServer = {
  url: string;
  port: number;
  requests: RecordedRequest[];
  notifications: Notification[];
  failNext(fault?: Fault): void;
  /** Forgets recorded requests, notifications and pending faults. */
  reset(): void;
  close(): Promise<void>;
};

type Route = (res: ServerResponse, body: JsonValue | undefined) => void | Promise<void>;
type State = { faults: Fault[]; timers: Set<NodeJS.Timeout>; requests: RecordedRequest[] };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(raw: string): JsonValue | undefined {
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    return undefined;
  }
}

function buildRoutes(modules: readonly MispModule[], version: string | null, deps: QueryDeps): Record<string, Record<string, Route>> {
  const descriptors = modules.map((m) => m.descriptor);
  const openApi = openApiDocument(modules, version ?? '0.0.0');
  return {
    '/modules': { GET: (res) => sendJson(res, descriptors) },
    // A body that is not a JSON object makes misp-modules raise before its try block: Tornado's 500 page.
    '/query': {
      POST: async (res, body) => (isObject(body) ? sendJson(res, await runQuery(body, deps)) : sendErrorPage(res, 500)),
    },
    '/healthcheck': { GET: (res) => sendJson(res, { status: true }) },
    '/version': { GET: (res) => (version === null ? sendErrorPage(res, 500) : sendJson(res, { version })) },
    '/openapi.json': { GET: (res) => sendJson(res, openApi) },
    '/openapi': { GET: (res) => sendBody(res, 200, SWAGGER_UI_PAGE) },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

/** Returns true when the fault replaced the normal answer. */
async function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, state: State): Promise<boolean> {
  if (fault.hangMs) await sleep(fault.hangMs, state.timers);
  if (res.destroyed) return true;
  if (fault.closeSocket) {
    req.socket.destroy();
    return true;
  }
  if (fault.status !== undefined) {
    sendErrorPage(res, fault.status);
    return true;
  }
  return false;
}

function record(req: IncomingMessage, url: URL, rawBody: string, fault: Fault | undefined): RecordedRequest {
  const body = parseJson(rawBody);
  return {
    method: req.method ?? '',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    rawBody,
    ...(body === undefined ? {} : { body }),
    ...(fault ? { fault } : {}),
    receivedAt: new Date().toISOString(),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, state: State, routes: Record<string, Record<string, Route>>): Promise<void> {
  const rawBody = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const fault = state.faults.shift();
  const recorded = record(req, url, rawBody, fault);
  state.requests.push(recorded);
  if (fault && (await applyFault(fault, req, res, state))) return;
  const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
  if (!route) return sendErrorPage(res, 404);
  const action = Object.hasOwn(route, recorded.method) ? route[recorded.method] : undefined;
  if (!action) return sendErrorPage(res, 405);
  await action(res, recorded.body);
}

/** A misp-modules look-alike on a real port, for testing the platform's misp-modules client over HTTP. */
export async function createMispModulesServer(options: MispModulesServerOptions = {}): Promise<MispModulesServer> {
  const modules = options.modules ?? defaultModules();
  const log = options.log ?? (() => undefined);
  const notifications: Notification[] = [];
  const state: State = { faults: [], timers: new Set(), requests: [] };
  const deps: QueryDeps = {
    modules: new Map(modules.map((m) => [m.descriptor.name, m])),
    context: { notify: (n) => notifications.push(n) },
    log,
  };
  const routes = buildRoutes(modules, options.version === undefined ? '3.0.9' : options.version, deps);
  const server = createServer((req, res) => {
    handle(req, res, state, routes).catch((error: unknown) => {
      log(`unexpected failure: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent && !res.destroyed) sendErrorPage(res, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    port,
    requests: state.requests,
    notifications,
    failNext: (fault = { status: 500 }) => void state.faults.push(fault),
    reset: () => {
      state.requests.length = 0;
      notifications.length = 0;
      state.faults.length = 0;
    },
    close: () => closeServer(server, state),
  };
}

function closeServer(server: ReturnType<typeof createServer>, state: State): Promise<void> {
  for (const timer of state.timers) clearTimeout(timer);
  state.timers.clear();
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Hanging (fault-injected or slow) requests would otherwise keep close() waiting.
    server.closeAllConnections();
  });
}
