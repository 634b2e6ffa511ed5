import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { isAcyclic } from './is-acyclic';
import type { GraphNode } from './workflow-graph.types';

describe('isAcyclic', () => {
  it('accepts an empty graph and a single node', () => {
    expect(isAcyclic({})).toEqual({ is_acyclic: true, cycles: [] });
    expect(isAcyclic(buildGraph([trigger(1)]))).toEqual({
      is_acyclic: true,
      cycles: [],
    });
  });

  it('accepts a chain', () => {
    // 1(trigger) ─▶ 2(tag-if) ─then▶ 3(stop-execution)
    const graph = buildGraph(
      [trigger(1), logic(2), action(3, 'stop-execution')],
      ['1 -> 2', '2 -then-> 3'],
    );
    expect(isAcyclic(graph)).toEqual({ is_acyclic: true, cycles: [] });
  });

  it('accepts a diamond (two paths to one node is not a cycle)', () => {
    // 1 ─▶ 2(tag-if) ─then▶ 3 ─▶ 5
    //                └else▶ 4 ─▶ 5
    const graph = buildGraph(
      [trigger(1), logic(2), action(3), action(4), action(5)],
      ['1 -> 2', '2 -then-> 3', '2 -else-> 4', '3 -> 5', '4 -> 5'],
    );
    expect(isAcyclic(graph).is_acyclic).toBe(true);
  });

  it('reports a self-loop on the first node', () => {
    // ┌──────┐
    // └▶ 1(action) ─┘
    expect(isAcyclic(buildGraph([action(1)], ['1 -> 1']))).toEqual({
      is_acyclic: false,
      cycles: [[1, 1, 'Cycle']],
    });
  });

  it("reports a self-loop below the root with MISP's extra tail edge", () => {
    // 1(trigger) ─▶ 2(action) ─▶ 2   — MISP never clears loopNode here, so [1, 2] is reported too
    const graph = buildGraph([trigger(1), action(2)], ['1 -> 2', '2 -> 2']);
    expect(isAcyclic(graph).cycles).toEqual([
      [2, 2, 'Cycle'],
      [1, 2, 'Cycle'],
    ]);
  });

  it('reports a 2-cycle from the back edge backwards, without the tail', () => {
    // 1(trigger) ─▶ 2 ─▶ 3 ─▶ back to 2
    const graph = buildGraph(
      [trigger(1), action(2), action(3)],
      ['1 -> 2', '2 -> 3', '3 -> 2'],
    );
    expect(isAcyclic(graph)).toEqual({
      is_acyclic: false,
      cycles: [
        [3, 2, 'Cycle'],
        [2, 3, 'Cycle'],
      ],
    });
  });

  it('reports every edge of a long cycle', () => {
    // 1 ─▶ 2 ─▶ 3 ─▶ 4 ─▶ 5 ─▶ back to 2
    const nodes = [trigger(1), action(2), action(3), action(4), action(5)];
    const graph = buildGraph(nodes, [
      '1 -> 2',
      '2 -> 3',
      '3 -> 4',
      '4 -> 5',
      '5 -> 2',
    ]);
    expect(isAcyclic(graph).cycles).toEqual([
      [5, 2, 'Cycle'],
      [4, 5, 'Cycle'],
      [3, 4, 'Cycle'],
      [2, 3, 'Cycle'],
    ]);
  });

  it('finds a cycle in a part not reachable from the trigger', () => {
    // 1(trigger) ─▶ 2        3 ─▶ 4 ─▶ back to 3
    const graph = buildGraph(
      [trigger(1), action(2), action(3), action(4)],
      ['1 -> 2', '3 -> 4', '4 -> 3'],
    );
    expect(isAcyclic(graph).cycles).toEqual([
      [4, 3, 'Cycle'],
      [3, 4, 'Cycle'],
    ]);
  });

  it('reports only the first cycle found', () => {
    // 1 ─▶ 2 ─▶ 1      3 ─▶ 4 ─▶ 3
    const graph = buildGraph(
      [action(1), action(2), action(3), action(4)],
      ['1 -> 2', '2 -> 1', '3 -> 4', '4 -> 3'],
    );
    expect(isAcyclic(graph).cycles).toEqual([
      [2, 1, 'Cycle'],
      [1, 2, 'Cycle'],
    ]);
  });

  it('follows the else output too', () => {
    // 1 ─▶ 2(tag-if) ─else▶ 3 ─▶ back to 2
    const graph = buildGraph(
      [trigger(1), logic(2), action(3)],
      ['1 -> 2', '2 -else-> 3', '3 -> 2'],
    );
    expect(isAcyclic(graph).is_acyclic).toBe(false);
  });

  it('ignores connections to nodes that do not exist', () => {
    const dangling: GraphNode = {
      ...action(1),
      outputs: {
        output_1: { connections: [{ node: '9', output: 'input_1' }] },
      },
    };
    expect(isAcyclic({ '1': dangling })).toEqual({
      is_acyclic: true,
      cycles: [],
    });
  });

  it('handles a 20 000-node chain without overflowing the stack', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => action(i + 1));
    const edges = nodes.slice(1).map((n) => `${n.id - 1} -> ${n.id}`);
    expect(
      isAcyclic(buildGraph(nodes, [...edges, '20000 -> 1'])).cycles,
    ).toHaveLength(20_000);
  });
});
