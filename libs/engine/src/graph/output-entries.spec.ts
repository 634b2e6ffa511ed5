import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { findGraphNode } from './find-graph-node';
import { inputConnections } from './input-connections';
import { outputEntries } from './output-entries';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

const nodeOf = (graph: WorkflowGraph, id: number): GraphNode => {
  const node = findGraphNode(graph, id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
};

describe('outputEntries', () => {
  //                 ┌then▶ 3(action)
  // 1(trigger) ─▶ 2(tag-if)
  //                 └else▶ 4(action)
  const graph = buildGraph(
    [trigger(1), logic(2), action(3), action(4)],
    ['1 -> 2', '2 -then-> 3', '2 -else-> 4'],
  );

  it('lists outputs in JSON order with their connections', () => {
    expect(outputEntries(nodeOf(graph, 2))).toEqual([
      { name: 'output_1', connections: [{ node: '3', output: 'input_1' }] },
      { name: 'output_2', connections: [{ node: '4', output: 'input_1' }] },
    ]);
  });

  it('keeps outputs without connections', () => {
    expect(outputEntries(nodeOf(graph, 3))).toEqual([
      { name: 'output_1', connections: [] },
    ]);
  });

  it('treats `"outputs": []` as no output', () => {
    // 1(trigger) ─▶ 2(stop-execution)   (stop-execution has no output)
    const stop = buildGraph(
      [trigger(1), action(2, 'stop-execution')],
      ['1 -> 2'],
    );
    expect(nodeOf(stop, 2).outputs).toEqual([]);
    expect(outputEntries(nodeOf(stop, 2))).toEqual([]);
  });

  it('keeps a custom JSON order of outputs', () => {
    const swapped: GraphNode = {
      ...action(9),
      outputs: { output_2: { connections: [] }, output_1: { connections: [] } },
    };
    expect(outputEntries(swapped).map((entry) => entry.name)).toEqual([
      'output_2',
      'output_1',
    ]);
  });
});

describe('inputConnections', () => {
  // 1(trigger) ─▶ 3(action) ◀─ 2(tag-if).then
  const graph = buildGraph(
    [trigger(1), logic(2), action(3)],
    ['1 -> 3', '2 -then-> 3'],
  );

  it('lists every arriving connection with its input and index', () => {
    expect(inputConnections(nodeOf(graph, 3))).toEqual([
      {
        inputName: 'input_1',
        index: 0,
        connection: { node: '1', input: 'output_1' },
      },
      {
        inputName: 'input_1',
        index: 1,
        connection: { node: '2', input: 'output_1' },
      },
    ]);
  });

  it('treats `"inputs": []` as no input', () => {
    expect(inputConnections(nodeOf(graph, 1))).toEqual([]);
  });
});
