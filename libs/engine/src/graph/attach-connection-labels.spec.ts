import {
  action,
  buildGraph,
  filterData,
  filterReset,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { attachConnectionLabels } from './attach-connection-labels';
import { findGraphNode } from './find-graph-node';
import { inputConnections } from './input-connections';
import type { WorkflowGraph } from './workflow-graph.types';

// For each node, its input connections as "source:labelNames" ("-" = no `labels` key).
function labelsOf(graph: WorkflowGraph, id: number): string[] {
  const node = findGraphNode(graph, id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return inputConnections(node).map(({ connection }) =>
    connection.labels === undefined
      ? `${connection.node}:-`
      : `${connection.node}:${connection.labels.map((l) => l.name).join(',')}`,
  );
}

describe('attachConnectionLabels', () => {
  it('returns the graph itself when there is no filter', () => {
    // 1(trigger) ─▶ 2(action)
    const graph = buildGraph([trigger(1), action(2)], ['1 -> 2']);
    expect(attachConnectionLabels(graph)).toBe(graph);
  });

  it('labels every connection downstream of a filter', () => {
    // 1(trigger) ─▶ 2(filter A) ─▶ 3(action) ─▶ 4(action)
    const graph = buildGraph(
      [trigger(1), filterData(2, 'A'), action(3), action(4)],
      ['1 -> 2', '2 -> 3', '3 -> 4'],
    );
    const labelled = attachConnectionLabels(graph);
    expect(labelsOf(labelled, 2)).toEqual(['1:-']);
    expect(labelsOf(labelled, 3)).toEqual(['2:A']);
    expect(labelsOf(labelled, 4)).toEqual(['3:A']);
    expect(findGraphNode(labelled, 4)?.inputs).toEqual({
      input_1: {
        connections: [
          {
            node: '3',
            input: 'output_1',
            labels: [{ id: 'a', name: 'A', variant: 'info' }],
          },
        ],
      },
    });
  });

  it('removes one label at a reset of that label', () => {
    // 1 ─▶ 2(filter A) ─▶ 3(filter B) ─▶ 4(reset A) ─▶ 5(action)
    const graph = buildGraph(
      [
        trigger(1),
        filterData(2, 'A'),
        filterData(3, 'B'),
        filterReset(4, 'A'),
        action(5),
      ],
      ['1 -> 2', '2 -> 3', '3 -> 4', '4 -> 5'],
    );
    const labelled = attachConnectionLabels(graph);
    expect(labelsOf(labelled, 4)).toEqual(['3:A,B']);
    expect(labelsOf(labelled, 5)).toEqual(['4:B']);
  });

  it('clears every label at a reset "all"', () => {
    // 1 ─▶ 2(filter A) ─▶ 3(reset all) ─▶ 4(action)
    const graph = buildGraph(
      [trigger(1), filterData(2, 'A'), filterReset(3, 'all'), action(4)],
      ['1 -> 2', '2 -> 3', '3 -> 4'],
    );
    const labelled = attachConnectionLabels(graph);
    expect(labelsOf(labelled, 3)).toEqual(['2:A']);
    expect(labelsOf(labelled, 4)).toEqual(['3:-']);
  });

  it('gives an empty label list to an unfiltered branch joining a labelled node', () => {
    //                 ┌then▶ 3(filter A) ─▶ 5(action)
    // 1 ─▶ 2(tag-if)                        ▲
    //                 └else▶ 4(action) ─────┘
    const graph = buildGraph(
      [trigger(1), logic(2), filterData(3, 'A'), action(4), action(5)],
      ['1 -> 2', '2 -then-> 3', '2 -else-> 4', '3 -> 5', '4 -> 5'],
    );
    expect(labelsOf(attachConnectionLabels(graph), 5)).toEqual(['3:A', '4:']);
  });

  it('leaves connections from unreachable sources undecorated (MISP raises a TypeError)', () => {
    // 1 ─▶ 2(filter A) ─▶ 3(action) ◀─ 9(action, not reachable from the trigger)
    const graph = buildGraph(
      [trigger(1), filterData(2, 'A'), action(3), action(9)],
      ['1 -> 2', '2 -> 3', '9 -> 3'],
    );
    expect(labelsOf(attachConnectionLabels(graph), 3)).toEqual(['2:A', '9:-']);
  });

  it('uses the explicit trigger id and labels nothing when no trigger node has it', () => {
    const graph = buildGraph(
      [trigger(1), filterData(2, 'A'), action(3)],
      ['1 -> 2', '2 -> 3'],
    );
    expect(labelsOf(attachConnectionLabels(graph, 'event-publish'), 3)).toEqual(
      ['2:A'],
    );
    expect(attachConnectionLabels(graph, 'user-before-save')).toBe(graph);
    expect(
      attachConnectionLabels(
        buildGraph([filterData(2, 'A'), action(3)], ['2 -> 3']),
      ),
    ).toEqual(buildGraph([filterData(2, 'A'), action(3)], ['2 -> 3']));
  });

  it('replaces stale labels and never mutates its input', () => {
    const graph = buildGraph(
      [trigger(1), filterData(2, 'B'), action(3)],
      ['1 -> 2', '2 -> 3'],
    );
    const node3 = findGraphNode(graph, 3);
    if (node3 === undefined) throw new Error('no node 3');
    const stale = {
      ...graph,
      '3': {
        ...node3,
        inputs: {
          input_1: {
            connections: [
              {
                node: '2',
                input: 'output_1',
                labels: [{ id: 'a', name: 'A', variant: 'info' }],
              },
            ],
          },
        },
      },
    };
    const before = JSON.stringify(stale);
    expect(labelsOf(attachConnectionLabels(stale), 3)).toEqual(['2:B']);
    expect(JSON.stringify(stale)).toBe(before);
  });

  it('ignores filter nodes without a usable label', () => {
    // 1 ─▶ 2(filter "") ─▶ 3(action)
    const graph = buildGraph(
      [trigger(1), filterData(2, ''), action(3)],
      ['1 -> 2', '2 -> 3'],
    );
    expect(attachConnectionLabels(graph)).toBe(graph);
  });
});
