import { executeNode, type GraphNode, type ModuleExecContext } from '@misp-wf/engine';
import { block, defineModule, fail, HttpRequestError, MispApiError, ok, param, TemplateError, type ModuleContext } from '@misp-wf/sdk';
import { renderTemplate } from '../capabilities/templates/template-renderer';
import { capabilityFailure, NO_CAPABILITIES, toEngineModule, type CapabilityProvider, type NodeCapabilities } from './engine-module.adapter';

const EVENT = { Event: { id: '12', info: 'Phishing wave', Attribute: [] } };

function node(id: number, moduleId: string, params: Record<string, unknown> = {}): GraphNode {
  return { id, data: { id: moduleId, module_type: 'action', indexed_params: params }, inputs: [], outputs: [] };
}

function execContext(n: GraphNode, data: Record<string, unknown> = EVENT): ModuleExecContext & { current: () => Record<string, unknown> } {
  let current = data;
  return {
    node: n,
    getData: () => current,
    setData: (next) => void (current = next),
    rawData: data,
    workflow: { id: 'w1', name: 'wf' },
    triggerNode: node(1, 'event-publish'),
    signal: new AbortController().signal,
    current: () => current,
  };
}

/** Real template rendering, a recording logger, and whatever the test overrides. */
function provider(overrides: Partial<NodeCapabilities> = {}, logs: string[] = [], calls: unknown[] = []): CapabilityProvider {
  return async (args) => {
    calls.push(args);
    const base = await NO_CAPABILITIES(args);
    return {
      ...base,
      templates: { render: renderTemplate },
      log: { info: (m) => void logs.push(`info ${m}`), warn: (m) => void logs.push(`warn ${m}`), error: (m) => void logs.push(`error ${m}`) },
      ...overrides,
    };
  };
}

const throwing = (error: unknown) =>
  defineModule({
    id: 'thrower',
    version: '1.0.0',
    type: 'action',
    name: 'Thrower',
    description: 'throws',
    run: () => {
      throw error;
    },
  });

describe('toEngineModule', () => {
  it('renders Jinja params against the roaming data before run', async () => {
    const stop = defineModule({
      id: 'stopper',
      version: '1.0.0',
      type: 'action',
      name: 'Stopper',
      description: 'blocks',
      blocking: true,
      params: { message: param.input({ label: 'Message', default: 'Stopped', jinja: true }) },
      run: (ctx) => block(ctx.params.message),
    });
    const engine = toEngineModule(stop, provider());
    await expect(engine.exec(execContext(node(3, 'stopper', { message: 'Blocked {{ Event.info }}' })))).resolves.toEqual(block('Blocked Phishing wave'));
  });

  it('fails the node with the TemplateError message when a Jinja param is broken, without running the module', async () => {
    const run = jest.fn(() => ok());
    const definition = defineModule({
      id: 'templated',
      version: '1.0.0',
      type: 'action',
      name: 'Templated',
      description: 'test module',
      params: { text: param.input({ label: 'Text', jinja: true }) },
      run,
    });
    const outcome = await toEngineModule(definition, provider()).exec(execContext(node(2, 'templated', { text: '{{ Event.info | nope }}' })));
    expect(outcome).toEqual({ kind: 'fail', message: 'Could not render the template: filter not found: nope', cause: 'configuration-invalid' });
    expect(run).not.toHaveBeenCalled();
  });

  it('renders ctx.templates.render(template) against the current roaming data by default', async () => {
    let seen = '';
    const definition = defineModule({
      id: 'renderer',
      version: '1.0.0',
      type: 'action',
      name: 'Renderer',
      description: 'test module',
      run: (ctx) => {
        ctx.data.set({ Event: { info: 'changed' } });
        seen = ctx.templates.render('{{ Event.info }}') + '|' + ctx.templates.render('{{ x }}', { x: 'explicit' });
        return ok();
      },
    });
    await toEngineModule(definition, provider()).exec(execContext(node(2, 'renderer')));
    expect(seen).toBe('changed|explicit');
  });

  it('hands the provider the module, node, trigger and the run signal, and the capabilities to run', async () => {
    const calls: unknown[] = [];
    let received: Partial<ModuleContext> = {};
    const definition = defineModule({
      id: 'observer',
      version: '1.0.0',
      type: 'action',
      name: 'Observer',
      description: 'test module',
      run: (ctx) => {
        received = ctx;
        return ok();
      },
    });
    const settings = { get: (name: string) => (name === 'x' ? 1 : undefined) };
    const ctx = execContext(node(7, 'observer'));
    await toEngineModule(definition, provider({ settings }, [], calls)).exec(ctx);
    expect(calls).toEqual([{ moduleId: 'observer', nodeId: 7, triggerId: 'event-publish', signal: ctx.signal }]);
    expect(received.settings?.get('x')).toBe(1);
    expect(received.signal).toBe(ctx.signal);
    expect(received.node).toEqual({ id: 7, moduleId: 'observer', filtersEnabled: false });
  });

  it.each([
    [new MispApiError('MISP refused POST /events/publish/1 (403): Could not publish Event', 403, 'configuration-invalid'), 'configuration-invalid'],
    [new MispApiError('MISP rejected the API key (401) for GET /events/view/1: check MISP.api_key', 401, 'credential-invalid'), 'credential-invalid'],
    [new HttpRequestError('No answer from https://hooks.example within 30 s', 'timeout'), 'temporarily-unavailable'],
    [new HttpRequestError('`Security.rest_client_enable_arbitrary_urls` is turned off: …', 'url-not-allowed'), 'configuration-invalid'],
    [new TemplateError('Could not render the template: unexpected end of file'), 'configuration-invalid'],
  ])('turns a thrown %s into a node failure with its message and cause', async (error, cause) => {
    const logs: string[] = [];
    const outcome = await toEngineModule(throwing(error), provider({}, logs)).exec(execContext(node(2, 'thrower')));
    expect(outcome).toEqual({ kind: 'fail', message: error.message, cause });
    expect(logs).toEqual([]);
  });

  it('recognises capability errors from another copy of the SDK by name', () => {
    class MispApiErrorCopy extends Error {
      override readonly name = 'MispApiError';
      readonly failureCause = 'not-found';
    }
    expect(capabilityFailure(new MispApiErrorCopy('MISP could not find GET /events/view/9 (404): Invalid event'))).toEqual({
      kind: 'fail',
      message: 'MISP could not find GET /events/view/9 (404): Invalid event',
      cause: 'not-found',
    });
    expect(capabilityFailure(new TypeError('x is not a function'))).toBeNull();
    expect(capabilityFailure('a string')).toBeNull();
  });

  it('records any other throw as a module defect: logged, and failed by the engine with MISP\'s message', async () => {
    const logs: string[] = [];
    const engine = toEngineModule(throwing(new TypeError("Cannot read properties of undefined (reading 'id')")), provider({}, logs));
    const ctx = execContext(node(2, 'thrower'));
    const execution = await executeNode({
      node: ctx.node,
      ports: { resolveModule: () => ({ status: 'ok', module: engine }) },
      ctx: { getData: ctx.getData, setData: ctx.setData, rawData: ctx.rawData, workflow: ctx.workflow, triggerNode: ctx.triggerNode },
      signal: undefined,
      timeoutMs: undefined,
    });
    expect(execution).toMatchObject({ ok: false, errors: ["Error while executing module thrower. Error: Cannot read properties of undefined (reading 'id')"] });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^error Module defect: TypeError: Cannot read properties of undefined \(reading 'id'\)/);
  });

  it('passes a module\'s own outcome through untouched', async () => {
    const definition = defineModule({ id: 'failer', version: '1.0.0', type: 'action', name: 'F', description: 'test module', run: () => fail('nope', { cause: 'not-found' }) });
    await expect(toEngineModule(definition, provider()).exec(execContext(node(2, 'failer')))).resolves.toEqual({ kind: 'fail', message: 'nope', cause: 'not-found' });
  });
});
