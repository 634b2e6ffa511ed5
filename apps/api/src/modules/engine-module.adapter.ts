import { filtersEnabled, Hash, matchingItemsForAttributes, paramsWithValues, type EngineModule, type ModuleExecContext } from '@misp-wf/engine';
import type { BuiltinModule } from '@misp-wf/modules-core';
import { HttpRequestError, MispApiError, TemplateError, type FailureCause, type ModuleContext, type ModuleResult, type ParamSpec } from '@misp-wf/sdk';

/** What the platform gives a module besides its params and data (style guide rule 10). */
export type NodeCapabilities = Pick<ModuleContext, 'misp' | 'http' | 'templates' | 'settings' | 'zmq' | 'mail' | 'enrichment' | 'log' | 'store'>;

/** Builds the capabilities for one node execution (settings are read once, so `settings.get` is synchronous). */
export type CapabilityProvider = (args: { moduleId: string; nodeId: number; triggerId: string; signal: AbortSignal }) => Promise<NodeCapabilities>;

const unavailable = (what: string) => (): never => {
  throw new Error(`${what} is not available in this context`);
};

/** Capabilities that fail the node with a clear message: for unit tests of the adapter itself. */
export const NO_CAPABILITIES: CapabilityProvider = async () => ({
  misp: { request: unavailable('The MISP client') },
  http: { request: unavailable('Outbound HTTP') },
  templates: { render: (template) => template },
  settings: { get: () => undefined },
  zmq: { publish: unavailable('ZeroMQ') },
  mail: { send: unavailable('Mail') },
  enrichment: { query: unavailable('The enrichment service') },
  log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  store: { get: unavailable('The module store'), set: unavailable('The module store'), delete: unavailable('The module store') },
});

/** Turns an SDK module definition into what the engine runs: params resolved as MISP does, then `run`. */
export function toEngineModule(definition: BuiltinModule, capabilities: CapabilityProvider = NO_CAPABILITIES): EngineModule {
  const params = Object.entries<ParamSpec>(definition.params ?? {});
  const declarations = params.map(([id, spec]) => ({ id, default: spec.default, jinja_supported: spec.jinja === true }));
  return {
    id: definition.id,
    type: definition.type,
    blocking: definition.blocking === true,
    exec: async (ctx) => {
      if (!definition.run) return { kind: 'ok' };
      const caps = await capabilities({ moduleId: definition.id, nodeId: ctx.node.id, triggerId: ctx.triggerNode?.data.id ?? '', signal: ctx.signal });
      try {
        return await definition.run(buildContext(definition, ctx, declarations, params, caps));
      } catch (error) {
        const failure = capabilityFailure(error);
        if (failure) return failure;
        // A bug in the module: the engine records MISP's "Error while executing module <id>. Error: <message>".
        caps.log.error(`Module defect: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        throw error;
      }
    },
  };
}

const CAPABILITY_ERRORS = new Set(['MispApiError', 'HttpRequestError', 'TemplateError']);

/**
 * A capability error (MISP refused, a URL was not allowed, a template is broken) is a failure of the node
 * with the capability's message, not a defect of the module. Matched by name too, so an error from another
 * copy of the SDK (a custom module bundling its own) counts as well.
 */
export function capabilityFailure(error: unknown): Extract<ModuleResult, { kind: 'fail' }> | null {
  if (!(error instanceof Error) || !(error instanceof MispApiError || error instanceof HttpRequestError || error instanceof TemplateError || CAPABILITY_ERRORS.has(error.name))) return null;
  const cause = causeOf(error);
  return cause ? { kind: 'fail', message: error.message, cause } : { kind: 'fail', message: error.message };
}

function causeOf(error: Error): FailureCause | undefined {
  const declared = (error as { failureCause?: unknown }).failureCause;
  if (typeof declared === 'string') return declared as FailureCause;
  if (error.name === 'TemplateError') return 'configuration-invalid';
  switch ((error as { kind?: unknown }).kind) {
    case 'url-not-allowed':
    case 'too-large':
      return 'configuration-invalid';
    case 'timeout':
    case 'network':
    case 'aborted':
      return 'temporarily-unavailable';
    default:
      return undefined;
  }
}

function buildContext(
  definition: BuiltinModule,
  ctx: ModuleExecContext,
  declarations: { id: string; default?: unknown; jinja_supported: boolean }[],
  params: [string, ParamSpec][],
  caps: NodeCapabilities,
): ModuleContext {
  const data = ctx.getData();
  const resolved = paramsWithValues({ node: ctx.node, params: declarations, data, render: (template, context) => caps.templates.render(template, context as Record<string, unknown>) });
  const values: Record<string, unknown> = {};
  for (const [id, spec] of params) values[id] = coerce(spec, resolved[id]?.value);
  const matchingData: Record<string, unknown> = {};
  for (const [id, spec] of params) {
    // A path Hash refuses is left out, so the module reports it with its own (MISP's) message.
    if (spec.kind === 'hashpath' && typeof values[id] === 'string' && values[id] !== '') {
      const extracted = safeExtract(data, String(values[id]), undefined);
      if (extracted !== undefined) matchingData[id] = extracted;
    }
  }
  return {
    // The engine resolved values against the module's own declaration, so they have the declared types.
    params: values as ModuleContext['params'],
    data: { get: ctx.getData, set: ctx.setData },
    filteredItems: definition.supportFilters ? matchingItemsForAttributes(ctx.node, data) : safeExtract(data, 'Event._AttributeFlattened.{n}', []),
    matchingData,
    node: { id: ctx.node.id, moduleId: definition.id, filtersEnabled: definition.supportFilters === true && filtersEnabled(ctx.node) },
    trigger: { id: ctx.triggerNode?.data.id ?? '' },
    ...caps,
    // `render(template)` without a context renders against the roaming data, as MISP does.
    templates: { render: (template, context) => caps.templates.render(template, context ?? ctx.getData()) },
    signal: ctx.signal,
  };
}

/** `Hash.extract` that answers `fallback` for a path it refuses (a catastrophic regex, a malformed path). */
function safeExtract(data: unknown, path: string, fallback: unknown): unknown {
  try {
    return Hash.extract(data, path);
  } catch {
    return fallback;
  }
}

/**
 * MISP fills a missing param with `""`; SDK modules are promised the declared type, so pickers get a list
 * (a legacy single stored value becomes a one-item list) and checkboxes a boolean.
 */
function coerce(spec: ParamSpec, value: unknown): unknown {
  if (spec.kind === 'picker') {
    if (Array.isArray(value)) return value.map(String);
    return value === '' || value === null || value === undefined ? [] : [String(value)];
  }
  if (spec.kind === 'checkbox') return value === true || value === 1 || value === '1' || value === 'true';
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
}
