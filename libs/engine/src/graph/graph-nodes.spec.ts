import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { findGraphNode } from './find-graph-node';
import { graphNodes } from './graph-nodes';

describe('graphNodes', () => {
  // 1(trigger) ─▶ 2(tag-if) ─then▶ 3(action), plus `_frames`
  const graph = buildGraph(
    [trigger(1), logic(2), action(3)],
    ['1 -> 2', '2 -then-> 3'],
    {
      'frame-1': { id: 'frame-1', text: 'group', nodes: [2, 3], class: '' },
    },
  );

  it('lists nodes in key order and skips `_frames`', () => {
    expect(graphNodes(graph).map((node) => node.id)).toEqual([1, 2, 3]);
  });

  it('enumerates integer keys ascending, as JS (and drawflow) do', () => {
    // 10(action)   2(trigger)   — written in that order
    const shuffled = { '10': action(10), '2': trigger(2) };
    expect(graphNodes(shuffled).map((node) => node.id)).toEqual([2, 10]);
  });

  it('returns nothing for an empty graph', () => {
    expect(graphNodes({})).toEqual([]);
  });
});

describe('findGraphNode', () => {
  const graph = buildGraph([trigger(1), action(53)], ['1 -> 53']);

  it('finds a node by integer id or by its key', () => {
    expect(findGraphNode(graph, 53)?.data.id).toBe('tag_operation');
    expect(findGraphNode(graph, '53')?.id).toBe(53);
  });

  it('never returns `_frames`, prototype members or missing ids', () => {
    expect(findGraphNode(graph, '_frames')).toBeUndefined();
    expect(findGraphNode(graph, 'constructor')).toBeUndefined();
    expect(findGraphNode(graph, 7)).toBeUndefined();
  });
});
