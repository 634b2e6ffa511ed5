import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_GALAXIES,
  DEFAULT_WARNINGLISTS,
} from './misp-defaults.fixture';
import {
  AUTH_FAILED_MESSAGE,
  errorBody,
  MispHttpError,
  type HandlerResult,
} from './misp-http.util';
import { findRoute, parsePath } from './misp-routes.config';
import { normaliseEvent } from './misp-seed.normaliser';
import type {
  FailureSpec,
  MispSimulator,
  MispSimulatorOptions,
  RecordedRequest,
  SimulatorState,
} from './misp-simulator.types';
import { emptyState } from './misp-state.store';

type Faults = { failures: FailureSpec[]; delays: number[] };

const FAULT_MESSAGES: Record<FailureSpec['status'], string> = {
  401: 'Unauthorized',
  429: 'Too Many Requests',
  500: 'An Internal Error Has Occurred.',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const LOGIN_REDIRECT_HTML =
  '<html><body>Redirecting to <a href="/users/login">/users/login</a></body></html>';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(res: ServerResponse, result: HandlerResult): void {
  const isHtml = typeof result.body === 'string';
  const payload = isHtml ? String(result.body) : JSON.stringify(result.body);
  res.writeHead(result.status ?? 200, {
    'Content-Type': isHtml
      ? 'text/html; charset=UTF-8'
      : 'application/json; charset=UTF-8',
    'Content-Length': Buffer.byteLength(payload),
    ...result.headers,
  });
  res.end(payload);
}

/** Consumes one queued failure, if any; `times` counts down so a spec can fail several requests. */
function takeFailure(faults: Faults, url: string): HandlerResult | undefined {
  const spec = faults.failures[0];
  if (!spec) return undefined;
  const remaining = (spec.times ?? 1) - 1;
  if (remaining <= 0) faults.failures.shift();
  else faults.failures[0] = { ...spec, times: remaining };
  const headers =
    spec.retryAfter !== undefined
      ? { 'Retry-After': String(spec.retryAfter) }
      : undefined;
  return {
    status: spec.status,
    body: errorBody(FAULT_MESSAGES[spec.status], url),
    headers,
  };
}

/**
 * MISP only treats a request as an API call when it asks for JSON; anything else is a browser request and
 * is redirected to the login page, which is what a client that forgets `Accept` will really see.
 */
function authenticate(
  req: IncomingMessage,
  apiKey: string,
  url: string,
): HandlerResult | undefined {
  const accept = req.headers.accept ?? '';
  const isRest =
    accept.includes('application/json') || /\.json(\?|$)/i.test(req.url ?? '');
  if (!isRest)
    return {
      status: 302,
      body: LOGIN_REDIRECT_HTML,
      headers: { Location: '/users/login' },
    };
  const key = req.headers.authorization ?? req.headers['x-misp-auth'];
  if (key !== apiKey)
    return { status: 403, body: errorBody(AUTH_FAILED_MESSAGE, url) };
  return undefined;
}

function dispatch(
  state: SimulatorState,
  method: string,
  rawPath: string,
  body: unknown,
): HandlerResult {
  const parsed = parsePath(rawPath);
  const routes = findRoute(parsed);
  if (routes.length === 0)
    return { status: 404, body: errorBody('Not Found', parsed.url) };
  const route = routes.find((r) => r.methods.includes(method));
  if (!route) {
    const only = routes[0].methods[0];
    return {
      status: 405,
      body: errorBody(
        `This method is only accessible via ${only} requests.`,
        parsed.url,
      ),
    };
  }
  try {
    return route.handler({
      state,
      method,
      url: parsed.url,
      params: parsed.params,
      named: parsed.named,
      body,
    });
  } catch (error) {
    if (error instanceof MispHttpError)
      return {
        status: error.status,
        body: errorBody(error.message, parsed.url),
      };
    return {
      status: 500,
      body: errorBody(
        error instanceof Error ? error.message : String(error),
        parsed.url,
      ),
    };
  }
}

type Context = {
  apiKey: string;
  state: SimulatorState;
  requests: RecordedRequest[];
  faults: Faults;
};

async function handle(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const rawPath = req.url ?? '/';
  const method = req.method ?? 'GET';
  const body = parseBody(await readBody(req));
  ctx.requests.push({ method, path: rawPath, headers: flatHeaders(req), body });
  const delay = ctx.faults.delays.shift();
  if (delay !== undefined)
    await new Promise((resolve) => setTimeout(resolve, delay));
  const url = rawPath.split('?')[0];
  const early =
    takeFailure(ctx.faults, url) ?? authenticate(req, ctx.apiKey, url);
  send(res, early ?? dispatch(ctx.state, method, rawPath, body));
}

function seedState(options: MispSimulatorOptions): SimulatorState {
  const state = emptyState();
  state.warninglists = structuredClone(
    options.warninglists ?? DEFAULT_WARNINGLISTS,
  );
  state.galaxies = structuredClone(options.galaxies ?? DEFAULT_GALAXIES);
  for (const seed of options.events ?? [])
    state.events.push(normaliseEvent(state, seed));
  return state;
}

/** Starts a simulated MISP on 127.0.0.1 (a random free port unless `port` is given). */
export async function createMispSimulator(
  options: MispSimulatorOptions,
): Promise<MispSimulator> {
  const ctx: Context = {
    apiKey: options.apiKey,
    state: seedState(options),
    requests: [],
    faults: { failures: [], delays: [] },
  };
  const listener: RequestListener = (req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, {
          status: 500,
          body: errorBody(String(error), req.url ?? '/'),
        });
    });
  };
  const server = options.tls
    ? createTlsServer(options.tls, listener)
    : createServer(listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, host, resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    state: ctx.state,
    requests: ctx.requests,
    failNext: (spec) => void ctx.faults.failures.push(spec),
    delayNext: (ms, times = 1) =>
      void ctx.faults.delays.push(...Array.from({ length: times }, () => ms)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
