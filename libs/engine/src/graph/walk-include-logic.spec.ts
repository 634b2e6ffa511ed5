import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { walkIncludeLogic } from './walk-include-logic';
import type { WorkflowGraph } from './workflow-graph.types';

const visits = (
  graph: WorkflowGraph,
  startNodeId: number,
  maxVisits?: number,
): [number, string[]][] =>
  [...walkIncludeLogic({ graph, startNodeId, maxVisits })].map(
    ({ node, pathList }) => [node.id, [...pathList]],
  );

describe('walkIncludeLogic', () => {
  it('yields every node (trigger and logic included) depth-first, then and else', () => {
    //                 ┌then▶ 3(action) ─▶ 5(action)
    // 1(trigger) ─▶ 2(tag-if)
    //                 └else▶ 4(action)
    const graph = buildGraph(
      [trigger(1), logic(2), action(3), action(4), action(5)],
      ['1 -> 2', '2 -then-> 3', '2 -else-> 4', '3 -> 5'],
    );
    expect(visits(graph, 1)).toEqual([
      [1, []],
      [2, ['1:output_1:0:2']],
      [3, ['1:output_1:0:2', '2:output_1:0:3']],
      [5, ['1:output_1:0:2', '2:output_1:0:3', '3:output_1:0:5']],
      [4, ['1:output_1:0:2', '2:output_2:0:4']],
    ]);
  });

  it('visits a merge node once per path reaching it', () => {
    // 1 ─▶ 2(tag-if) ─then▶ 3 ─▶ 5
    //                └else▶ 4 ─▶ 5
    const graph = buildGraph(
      [trigger(1), logic(2), action(3), action(4), action(5)],
      ['1 -> 2', '2 -then-> 3', '2 -else-> 4', '3 -> 5', '4 -> 5'],
    );
    expect(visits(graph, 1).filter(([id]) => id === 5)).toHaveLength(2);
  });

  it('stops on a cycle when an edge would repeat on the path', () => {
    // 1(action) ─▶ 2(action) ─▶ back to 1
    const graph = buildGraph([action(1), action(2)], ['1 -> 2', '2 -> 1']);
    expect(visits(graph, 1).map(([id]) => id)).toEqual([1, 2, 1]);
  });

  it('starts anywhere (e.g. at a concurrent task) and yields the start first', () => {
    // 1 ─▶ 2(concurrent-task) ─▶ 3
    const graph = buildGraph(
      [trigger(1), logic(2, 'concurrent-task'), action(3)],
      ['1 -> 2', '2 -> 3'],
    );
    expect(visits(graph, 2)).toEqual([
      [2, []],
      [3, ['2:output_1:0:3']],
    ]);
  });

  it('yields nothing for a missing start node', () => {
    expect(visits(buildGraph([trigger(1)]), 9)).toEqual([]);
  });

  it('stops after maxVisits to bound exponential path counts', () => {
    // 20 if/else diamonds in a row would give 2^20 paths to the last node
    const nodes = [
      trigger(0),
      ...Array.from({ length: 41 }, (_, i) =>
        i % 2 === 0 ? logic(i + 1) : action(i + 1),
      ),
    ];
    const edges = ['0 -> 1'];
    for (let i = 1; i < 40; i += 2)
      edges.push(
        `${i} -then-> ${i + 1}`,
        `${i} -else-> ${i + 1}`,
        `${i + 1} -> ${i + 2}`,
      );
    expect(visits(buildGraph(nodes, edges), 0, 500)).toHaveLength(500);
  });
});
