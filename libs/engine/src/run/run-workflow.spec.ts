import { action, buildGraph, logic, trigger } from './__fixtures__/graph-builder';
import { portsFor, recorder, stopExecution, tagIf } from './__fixtures__/test-modules';
import type { EngineModule, RoamingRecord } from './run.types';
import { runWorkflow } from './run-workflow';

const workflow = { id: '3', name: 'Workflow for trigger event-publish' };
const publish = { id: 'event-publish', blocking: true };

/** A core-format event: event tags, and attributes with their own tags and `_allTags` (inherited first). */
function coreEvent(opts: { eventTags?: string[]; attributeTags?: string[][] } = {}): RoamingRecord {
  const eventTags = (opts.eventTags ?? []).map((name) => ({ name }));
  const attributes = (opts.attributeTags ?? [[]]).map((tags, i) => ({
    id: String(i + 1),
    type: 'ip-dst',
    value: `10.0.0.${i + 1}`,
    Tag: tags.map((name) => ({ name })),
    _allTags: [...eventTags.map((t) => ({ ...t, inherited: true })), ...tags.map((name) => ({ name, inherited: false }))],
  }));
  return { Event: { id: '12', info: 'training', Tag: eventTags, Attribute: attributes, _AttributeFlattened: attributes } };
}

describe('runWorkflow: the two workflows of the MISP training', () => {
  // 1(event-publish) ─▶ 2(IF :: Tag, event in_or [tlp:white]) ─then▶ 3(push-zmq)
  const pushGraph = buildGraph(
    [trigger(1), logic(2, 'tag-if', { scope: 'event', condition: 'in_or', tags: ['tlp:white'] }), action(3, 'push-zmq')],
    [[1, 2], [2, 3, 'output_1']],
  );

  it.each([
    [['tlp:white'], 1],
    [['tlp:green'], 0],
    [[], 0],
  ])('publish with event tags %p pushes %i time(s) and succeeds', async (tags, pushes) => {
    const push = recorder('push-zmq');
    const r = await runWorkflow({ graph: pushGraph, workflow, trigger: publish, rawData: coreEvent({ eventTags: tags }), ports: portsFor([tagIf, push.module]) });
    expect(r).toMatchObject({ success: true, outcome: 'success', outcomeText: 'success', errors: [] });
    expect(push.seen).toHaveLength(pushes);
  });

  // 1(event-publish) ─▶ 2(IF :: Tag, event_attribute in_or [tlp:red]) ─then▶ 3(stop-execution)
  const redGraph = buildGraph(
    [trigger(1), logic(2, 'tag-if', { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }), action(3, 'stop-execution', { message: 'tlp:red must not be published' })],
    [[1, 2], [2, 3, 'output_1']],
  );

  it.each([
    ['the event is tlp:red', { eventTags: ['tlp:red'], attributeTags: [[]] }, 'blocked'],
    ['one attribute is tlp:red', { eventTags: ['tlp:green'], attributeTags: [[], ['tlp:red']] }, 'blocked'],
    ['nothing is tlp:red', { eventTags: ['tlp:green'], attributeTags: [['tlp:amber']] }, 'success'],
  ])('publish is %s → %s', async (_label, tags, outcome) => {
    const r = await runWorkflow({ graph: redGraph, workflow, trigger: publish, rawData: coreEvent(tags), ports: portsFor([tagIf, stopExecution]) });
    expect(r.outcome).toBe(outcome);
    expect(r.success).toBe(outcome === 'success');
    if (outcome === 'blocked') {
      expect(r.errors).toEqual(['Node `stop-execution` (3) from Workflow `Workflow for trigger event-publish` (3) returned the following error: tlp:red must not be published']);
    }
  });
});

describe('runWorkflow: run-level rules (spec §3.3)', () => {
  const graph = buildGraph([trigger(1), action(2, 'webhook')], [[1, 2]]);

  it('fails with `Invalid start node` when the graph trigger is not the called trigger', async () => {
    const r = await runWorkflow({ graph, workflow, trigger: { id: 'event-before-save', blocking: true }, rawData: {}, ports: portsFor([]) });
    expect(r).toMatchObject({ success: false, outcome: 'failure', errors: ['Invalid start node `-1`'] });
  });

  it('reports a normaliser failure with MISP\'s prefix', async () => {
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: 'x', normalize: () => ({ ok: false, error: 'Invalid input.' }), ports: portsFor([]) });
    expect(r.outcomeText).toBe('failure Error while normalizing data for trigger. Invalid input.');
    expect(r.success).toBe(false);
  });

  it('turns a throwing normaliser into the exception variant', async () => {
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: {}, normalize: () => { throw new Error('boom'); }, ports: portsFor([]) });
    expect(r.outcomeText).toBe('failure Error while normalizing data for trigger. Error:\nboom');
  });

  it('lets the trigger veto the run on the raw payload', async () => {
    const veto: EngineModule = { id: 'event-publish', type: 'trigger', blocking: false, exec: (ctx) => ((ctx.getData() as { ok?: boolean }).ok ? { kind: 'ok' } : { kind: 'fail', message: '' }) };
    const hook = recorder('webhook');
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: { ok: false }, ports: portsFor([veto, hook.module]) });
    expect(r.outcomeText).toBe('failure Conditions on the trigger are not satisfied to continue the execution');
    expect(hook.seen).toHaveLength(0);
  });

  it('a blocking module other than a deliberate block is a failure, not blocked', async () => {
    const failing = recorder('webhook', { blocking: true, fail: 'down' });
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: {}, ports: portsFor([failing.module]) });
    expect(r.outcome).toBe('failure');
  });

  it('logs `Execution encountered an error but continued` for a recoverable error', async () => {
    const log = jest.fn();
    const failing = recorder('webhook', { fail: 'down' });
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: {}, ports: portsFor([failing.module], { log }) });
    expect(r.outcome).toBe('success');
    expect(log).toHaveBeenCalledWith({ level: 'error', message: expect.stringMatching(/^Execution encountered an error but continued\. \nNode `webhook` \(2\)/) });
  });

  it('emits run:started first and run:finished last', async () => {
    const types: string[] = [];
    await runWorkflow({ graph, workflow, trigger: publish, rawData: {}, executionId: 'x', ports: portsFor([recorder('webhook').module], { trace: { emit: (e) => void types.push(e.type) } }) });
    expect(types[0]).toBe('run:started');
    expect(types[types.length - 1]).toBe('run:finished');
  });
});
