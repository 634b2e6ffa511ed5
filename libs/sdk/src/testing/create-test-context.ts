import type { HttpRequest, MailMessage, ModuleContext, ModuleLogger } from '../context/module-context';
import type { ModuleDefinition } from '../definition/module-definition';
import type { ModuleResult } from '../outcome/outcome';
import type { ParamSpec, ParamValues } from '../params/param-types';
import { fakeMisp, type FakeMisp } from './fake-misp';

export type TestContext<P extends Record<string, ParamSpec>> = ModuleContext<P> & {
  misp: FakeMisp;
  /** The data after the module ran (what it `set`, or the input). */
  currentData: () => Record<string, unknown>;
  /** Requests made through `http`. */
  httpCalls: HttpRequest[];
  logs: { level: 'info' | 'warn' | 'error'; message: string }[];
  /** Messages published through `zmq`, in order. */
  zmqMessages: { topic: string; message: unknown }[];
  /** Mails sent through `mail`. */
  mails: MailMessage[];
  /** Queries made through `enrichment`. */
  enrichmentCalls: { module: string; request: Record<string, unknown> }[];
};

export type TestContextOptions<P extends Record<string, ParamSpec>> = {
  params?: Partial<ParamValues<P>>;
  data?: Record<string, unknown>;
  misp?: FakeMisp;
  /** Answers for `http` requests (default: 200 with an empty body); throw to simulate a transport error. */
  http?: (req: HttpRequest) => { status: number; body: string };
  /** Settings `ctx.settings.get` returns. */
  settings?: Record<string, string | number | boolean>;
  /** Answers for `enrichment.query` (default `{}`). */
  enrichment?: (module: string, request: Record<string, unknown>) => Record<string, unknown>;
  /** A template renderer (default: returns the template unchanged). */
  render?: (template: string, context: Record<string, unknown>) => string;
  /** Overrides `filteredItems` (default: the flattened attributes). */
  filteredItems?: unknown;
  /** Whether the node has a saved filter (default: true when `filteredItems` is given). */
  filtersEnabled?: boolean;
  matchingData?: Record<string, unknown>;
  trigger?: string;
};

/**
 * A context for unit-testing a module without the platform: params with declared defaults, the data,
 * a recording fake MISP client, a recording HTTP client answering 200, an in-memory store.
 * `filteredItems` defaults to the flattened attributes, as the platform does without a filter.
 */
export function createTestContext<P extends Record<string, ParamSpec>>(
  definition: ModuleDefinition<P>,
  opts: TestContextOptions<P> = {},
): TestContext<P> {
  let data = opts.data ?? {};
  const logs: TestContext<P>['logs'] = [];
  const httpCalls: HttpRequest[] = [];
  const zmqMessages: TestContext<P>['zmqMessages'] = [];
  const mails: MailMessage[] = [];
  const enrichmentCalls: TestContext<P>['enrichmentCalls'] = [];
  const store = new Map<string, unknown>();
  const log = (level: 'info' | 'warn' | 'error') => (message: string) => void logs.push({ level, message });
  const logger: ModuleLogger = { info: log('info'), warn: log('warn'), error: log('error') };
  return {
    params: { ...defaultsOf(definition.params), ...opts.params } as ParamValues<P>,
    data: { get: () => data, set: (next) => void (data = next) },
    currentData: () => data,
    filteredItems: opts.filteredItems ?? flattenedAttributes(data),
    matchingData: opts.matchingData ?? {},
    node: { id: 1, moduleId: definition.id, filtersEnabled: opts.filtersEnabled ?? opts.filteredItems !== undefined },
    trigger: { id: opts.trigger ?? 'event-publish' },
    misp: opts.misp ?? fakeMisp(),
    http: {
      request: async (req) => {
        httpCalls.push(req);
        const answer = opts.http?.(req) ?? { status: 200, body: '' };
        return { status: answer.status, headers: {}, body: answer.body };
      },
    },
    httpCalls,
    templates: { render: (template, context) => (opts.render ? opts.render(template, context ?? data) : template) },
    settings: { get: (name) => opts.settings?.[name] },
    zmq: { publish: async (topic, message) => void zmqMessages.push({ topic, message }) },
    zmqMessages,
    mail: { send: async (message) => void mails.push(message) },
    mails,
    enrichment: {
      query: async (module, request) => {
        enrichmentCalls.push({ module, request });
        return opts.enrichment?.(module, request) ?? {};
      },
    },
    enrichmentCalls,
    log: logger,
    logs,
    store: {
      get: async (key) => store.get(key),
      set: async (key, value) => void store.set(key, value),
      delete: async (key) => void store.delete(key),
    },
    signal: new AbortController().signal,
  };
}

/** Runs a module's `run` with a test context (a missing `run` is a trigger without conditions: ok). */
export async function runModule<P extends Record<string, ParamSpec>>(definition: ModuleDefinition<P>, ctx: ModuleContext<P>): Promise<ModuleResult> {
  return definition.run ? definition.run(ctx) : { kind: 'ok' };
}

function defaultsOf(params: Readonly<Record<string, ParamSpec>> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, spec] of Object.entries(params ?? {})) {
    out[id] = spec.default ?? (spec.kind === 'picker' ? [] : spec.kind === 'checkbox' ? false : '');
  }
  return out;
}

function flattenedAttributes(data: Record<string, unknown>): unknown {
  const event = data['Event'];
  if (typeof event !== 'object' || event === null) return [];
  return (event as Record<string, unknown>)['_AttributeFlattened'] ?? [];
}
