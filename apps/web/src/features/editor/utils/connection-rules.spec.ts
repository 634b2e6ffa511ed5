import { ALL_MODULES } from '../__fixtures__/modules.fixture';
import { bareNode, out } from '../__fixtures__/graphs.fixture';
import { graphToFlow, indexModules } from '../mapping/graph-to-flow';
import { checkConnection, pathBetween } from './connection-rules';

const modules = indexModules(ALL_MODULES);

/**
 * ```
 * 1(trigger) ─▶ 2(IF :: Tag) ─then▶ 3(stop-execution)
 *                                    5(concurrent-task) ─▶ 6(stop-execution)
 * 4(IF :: Tag, unconnected)
 * ```
 */
function flow() {
  return graphToFlow(
    {
      '1': bareNode(1, 'event-publish', 'trigger', out(2)),
      '2': bareNode(2, 'tag-if', 'logic', { ...out(3), output_2: { connections: [] } }),
      '3': bareNode(3, 'stop-execution', 'action', []),
      '4': bareNode(4, 'tag-if', 'logic', { output_1: { connections: [] }, output_2: { connections: [] } }),
      '5': { ...bareNode(5, 'concurrent-task', 'logic', out(6)), data: { ...bareNode(5, 'concurrent-task', 'logic', []).data, multiple_output_connection: true } },
      '6': bareNode(6, 'stop-execution', 'action', []),
    },
    modules,
  );
}

const check = (source: string, sourceHandle: string, target: string, targetHandle = 'input_1') => {
  const { nodes, edges } = flow();
  return checkConnection({ nodes, edges, connection: { source, sourceHandle, target, targetHandle } });
};

describe('checkConnection', () => {
  it('accepts a connection from a free output to another node', () => {
    expect(check('2', 'output_2', '4')).toEqual({ ok: true });
    expect(check('4', 'output_1', '3')).toEqual({ ok: true });
  });

  it('refuses a node connected to itself', () => {
    expect(check('4', 'output_1', '4')).toEqual({ ok: false, reason: 'A node cannot be connected to itself.' });
  });

  it('refuses a loop and names its path (nodes are named by their stored name)', () => {
    const { nodes, edges } = flow();
    const withBack = [...edges, { id: 'x', source: '3', target: '4', sourceHandle: 'output_1', targetHandle: 'input_1' }];
    const result = checkConnection({ nodes, edges: withBack, connection: { source: '4', sourceHandle: 'output_1', target: '2', targetHandle: 'input_1' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(
      'Refused: this connection would create a loop (tag-if (2) → stop-execution (3) → tag-if (4) → tag-if (2)). Workflows cannot contain a cycle.',
    );
  });

  it('refuses an edge back to the trigger chain (2 → 1 is impossible: the trigger has no input, 3 → 2 loops)', () => {
    const r = check('2', 'output_2', '2');
    expect(r.ok).toBe(false);
  });

  it('refuses a second connection from one output, naming the rule', () => {
    const r = check('2', 'output_1', '4');
    expect(r).toEqual({
      ok: false,
      reason: 'Refused: output output_1 of tag-if (2) is already connected. Only modules such as Concurrent Task accept more than one connection per output.',
    });
  });

  it('lets a concurrent task (multiple_output_connection) fan out', () => {
    expect(check('5', 'output_1', '3')).toEqual({ ok: true });
  });

  it('refuses an exact duplicate', () => {
    expect(check('1', 'output_1', '2')).toEqual({ ok: false, reason: 'event-publish (1) is already connected to tag-if (2) this way.' });
  });
});

describe('pathBetween', () => {
  it.each([
    ['1', '3', ['1', '2', '3']],
    ['3', '1', null],
    ['2', '2', ['2']],
  ])('from %s to %s', (from, to, expected) => {
    const edges = [
      { source: '1', target: '2' },
      { source: '2', target: '3' },
    ];
    expect(pathBetween({ edges, from, to })).toEqual(expected);
  });
});
