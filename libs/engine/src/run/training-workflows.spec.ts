import { convertToCoreFormat } from '../core-format';
import { action, buildGraph, logic, trigger } from './__fixtures__/graph-builder';
import { portsFor, recorder, stopExecution, tagIf } from './__fixtures__/test-modules';
import type { Normalizer } from './run-workflow';
import { runWorkflow } from './run-workflow';

/**
 * The two workflows of the MISP training, end to end: a raw `event-publish` payload (MISP's `fetchEvent`
 * shape, strings for numbers) → core-format conversion → walk → outcome.
 */
const normalize: Normalizer = async (raw) => {
  const converted = await convertToCoreFormat('event-publish', raw);
  return converted.ok ? { ok: true, data: converted.data } : { ok: false, error: converted.error.message };
};

function rawEvent(eventTags: string[], attributeTags: string[][], objectAttributeTags: string[] = []) {
  const tag = (name: string, i: number) => ({ id: String(100 + i), name, colour: '#ffffff', exportable: true, local: false, hide_tag: false });
  const attribute = (id: number, tags: string[]) => ({
    id: String(id),
    event_id: '12',
    object_id: '0',
    type: 'ip-dst',
    category: 'Network activity',
    to_ids: true,
    value: `198.51.100.${id}`,
    distribution: '5',
    Tag: tags.map(tag),
  });
  return {
    Event: {
      id: '12',
      uuid: 'b1e2c3d4-0000-4000-8000-000000000012',
      info: 'Training event',
      published: false,
      distribution: '1',
      threat_level_id: '2',
      org_id: '1',
      orgc_id: '1',
      Orgc: { id: '1', name: 'ORGNAME' },
      Tag: eventTags.map(tag),
      Attribute: attributeTags.map((tags, i) => attribute(i + 1, tags)),
      Object: objectAttributeTags.length
        ? [{ id: '7', name: 'ip-port', event_id: '12', Attribute: [{ ...attribute(50, objectAttributeTags), object_id: '7' }] }]
        : [],
    },
  };
}

const workflow = { id: '3', name: 'Workflow for trigger event-publish' };
const publish = { id: 'event-publish', blocking: true };

describe('MISP training: publish → IF tlp:white → push', () => {
  // 1(event-publish) ─▶ 2(IF :: Tag, event, in_or [tlp:white]) ─then▶ 3(push-zmq)
  const graph = buildGraph(
    [trigger(1), logic(2, 'tag-if', { scope: 'event', condition: 'in_or', tags: ['tlp:white'] }), action(3, 'push-zmq')],
    [[1, 2], [2, 3, 'output_1']],
  );

  it.each([
    [['tlp:white'], 1],
    [['tlp:amber'], 0],
  ])('event tags %p → pushed %i time(s)', async (tags, pushes) => {
    const push = recorder('push-zmq');
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: rawEvent(tags, [[]]), normalize, ports: portsFor([tagIf, push.module]) });
    expect(r.outcome).toBe('success');
    expect(push.seen).toHaveLength(pushes);
    if (pushes) expect((push.seen[0]['Event'] as { _AttributeFlattened: unknown[] })._AttributeFlattened).toHaveLength(1);
  });
});

describe('MISP training: publishing blocked when the event or any attribute is tlp:red', () => {
  // 1(event-publish) ─▶ 2(IF :: Tag, event_attribute, in_or [tlp:red]) ─then▶ 3(stop-execution)
  const graph = buildGraph(
    [trigger(1), logic(2, 'tag-if', { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }), action(3, 'stop-execution')],
    [[1, 2], [2, 3, 'output_1']],
  );

  it.each([
    ['event tagged tlp:red', rawEvent(['tlp:red'], [[]]), 'blocked'],
    ['an attribute tagged tlp:red', rawEvent(['tlp:green'], [[], ['tlp:red']]), 'blocked'],
    ['an object attribute tagged tlp:red', rawEvent(['tlp:green'], [[]], ['tlp:red']), 'blocked'],
    ['nothing tlp:red', rawEvent(['tlp:green'], [['tlp:amber']]), 'success'],
  ])('%s → %s', async (_label, raw, outcome) => {
    const r = await runWorkflow({ graph, workflow, trigger: publish, rawData: raw, normalize, ports: portsFor([tagIf, stopExecution]) });
    expect(r.outcome).toBe(outcome);
    if (outcome === 'blocked') {
      expect(r.errors).toEqual([
        'Node `stop-execution` (3) from Workflow `Workflow for trigger event-publish` (3) returned the following error: Execution stopped',
      ]);
    }
  });
});
