import type { ParamSpec, ParamValues } from '../params/param-types';

/** A MISP REST call (see the platform's MISP client for retries, TLS and error handling). */
export type MispRequest = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown };

/** The typed MISP client modules call back through (integration.md §5). */
export type MispClient = {
  request: <T = unknown>(req: MispRequest) => Promise<T>;
};

export type HttpRequest = {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Accept a self-signed or otherwise unverifiable TLS certificate (webhook's `self_signed: allow`). */
  allowSelfSigned?: boolean;
};
export type HttpResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * Outbound HTTP, guarded by the platform: arbitrary URLs only when
 * `Security.rest_client_enable_arbitrary_urls` is on, with timeouts and a response size limit.
 */
export type HttpClient = { request: (req: HttpRequest) => Promise<HttpResponse> };

/**
 * Jinja-compatible, sandboxed rendering. The context defaults to the roaming data, whose top-level keys are the
 * template variables (`{{ Event.info }}`), as MISP's `jinja_template_rendering` does. A template error throws
 * a `TemplateError`.
 */
export type TemplateRenderer = { render: (template: string, context?: Record<string, unknown>) => string };

/** Read-only settings: the platform's (MISP names, e.g. `Plugin.ZeroMQ_port`) and the module's own declared ones. */
export type ModuleSettings = { get: (name: string) => string | number | boolean | undefined };

/** MISP's ZeroMQ feed (`push_zmq`): publishes on the platform's publisher socket. */
export type ZmqPublisher = { publish: (topic: string, message: unknown) => Promise<void> };

export type MailMessage = { to: string[]; subject: string; text: string };
/** Outgoing mail through the platform's SMTP settings. */
export type Mailer = { send: (message: MailMessage) => Promise<void> };

/**
 * The misp-modules enrichment service (`Plugin.Enrichment_services_url`): `query('dns', {attribute, …})` POSTs
 * `{module, …request}` to `/query` and returns the decoded answer (an `{"error"}` answer is returned, not thrown).
 */
export type EnrichmentClient = {
  query: (module: string, request: Record<string, unknown>) => Promise<Record<string, unknown>>;
};

export type ModuleLogger = {
  info: (message: string, extra?: Record<string, unknown>) => void;
  warn: (message: string, extra?: Record<string, unknown>) => void;
  error: (message: string, extra?: Record<string, unknown>) => void;
};

/** Key/value storage scoped to the module (e.g. to remember what was already sent). */
export type ModuleStore = {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown, opts?: { ttlMs?: number }) => Promise<void>;
  delete: (key: string) => Promise<void>;
};

/** The roaming data of the run (MISP's `WorkflowRoamingData`). */
export type RoamingData = {
  /** The current data: the filtered view when filters are active. Treat it as read-only. */
  get: () => Record<string, unknown>;
  /** Replace the data. Copy what you change; never mutate what `get` returned. */
  set: (data: Record<string, unknown>) => void;
};

/** Everything `run` may use, and nothing else (style guide rule 10). */
export type ModuleContext<P extends Record<string, ParamSpec> = Record<string, ParamSpec>> = {
  /** Param values, defaults applied, Jinja rendered, typed from the declaration. */
  params: ParamValues<P>;
  data: RoamingData;
  /** The items the node's saved filter selects (all flattened attributes when there is none). */
  filteredItems: unknown;
  /** For hash-path params: the values each path extracts from the data. */
  matchingData: Record<string, unknown>;
  /** `filtersEnabled`: the node has a saved filter (MISP's `filtersEnabled($node)`), so `filteredItems` is its selection. */
  node: { id: number; moduleId: string; filtersEnabled: boolean };
  trigger: { id: string };
  misp: MispClient;
  http: HttpClient;
  templates: TemplateRenderer;
  settings: ModuleSettings;
  zmq: ZmqPublisher;
  mail: Mailer;
  enrichment: EnrichmentClient;
  log: ModuleLogger;
  store: ModuleStore;
  signal: AbortSignal;
};
