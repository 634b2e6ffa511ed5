import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { bgpRankingBlueprintNodes } from './__fixtures__/bgp-ranking.blueprint';
import { papRedBlockingGraph } from './__fixtures__/pap-red-blocking.graph';
import { blueprintToGraph } from './blueprint-to-graph';
import { findGraphNode } from './find-graph-node';
import { graphNodes } from './graph-nodes';
import { graphToBlueprintNodes } from './graph-to-blueprint-nodes';
import { insertBlueprint } from './insert-blueprint';
import { nodeEdges } from './node-edges';
import { parseGraph } from './parse-graph';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

function graphOf(nodes: readonly unknown[]): WorkflowGraph {
  const result = blueprintToGraph(nodes);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.graph;
}

function nodeOf(graph: WorkflowGraph, id: number): GraphNode {
  const node = findGraphNode(graph, id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

describe('blueprintToGraph / graphToBlueprintNodes', () => {
  it('keys the node list by id and gives the same nodes back', () => {
    // list order 1, 30, 29, 28 → map keys ascending
    const graph = graphOf(bgpRankingBlueprintNodes);
    expect(Object.keys(graph)).toEqual(['1', '28', '29', '30']);
    const back = JSON.parse(JSON.stringify(graphToBlueprintNodes(graph)));
    const byId = (a: { id: number }, b: { id: number }): number => a.id - b.id;
    expect(back).toStrictEqual(
      JSON.parse(JSON.stringify(bgpRankingBlueprintNodes)).sort(byId),
    );
  });

  it('drops `_frames` when turning a graph into a node list', () => {
    // 1(trigger) ─▶ 2(action), with `_frames`
    const graph = buildGraph([trigger(1), action(2)], ['1 -> 2'], {
      f: { id: 'f' },
    });
    expect(graphToBlueprintNodes(graph).map((n) => n.id)).toEqual([1, 2]);
  });

  it('allows connections to nodes outside the blueprint', () => {
    // 5(action) ─▶ 9 (not part of the blueprint)
    const partial = buildGraph([action(5), action(9)], ['5 -> 9']);
    expect(blueprintToGraph([partial['5']]).ok).toBe(true);
  });

  it.each([
    [
      'a non-list',
      { 1: {} },
      'blueprint: must be a list of nodes (got an object)',
    ],
    [
      'a null item',
      [null],
      'blueprint[0]: must be a node object with an integer id (got null)',
    ],
    [
      'an item without id',
      [{ name: 'x' }],
      'blueprint[0]: must be a node object with an integer id (got nothing)',
    ],
    [
      'a duplicate id',
      [action(3), action(3)],
      'blueprint[1]: node id 3 appears more than once',
    ],
  ])('refuses %s without throwing', (_label, input, message) => {
    // @ts-expect-error: garbage on purpose, as an API body could be
    const result = blueprintToGraph(input);
    expect(result).toEqual({ ok: false, errors: [message] });
  });

  it('reports node shape errors with their path', () => {
    const broken = { ...action(3), outputs: 'none' };
    const result = blueprintToGraph([broken]);
    expect(result.ok === false && result.errors[0]).toMatch(
      /^graph\["3"\]\.outputs: must be an object/,
    );
  });
});

describe('insertBlueprint', () => {
  // existing: 1(event-publish) ─▶ 2(action)
  const existing = buildGraph([trigger(1), action(2)], ['1 -> 2'], {
    f: { id: 'f', nodes: [1] },
  });
  // blueprint (§2.3): 1(trigger, skipped) ─▶ 53(tag-if) ─then▶ 54(stop-execution)
  const parsed = parseGraph(papRedBlockingGraph);
  if (!parsed.ok) throw new Error('parse failed');
  const blueprintNodes = graphToBlueprintNodes(parsed.graph);

  it('skips triggers and allocates ids from max + 1 in blueprint order', () => {
    const { graph, idMap } = insertBlueprint({
      graph: existing,
      blueprintNodes,
    });
    expect([...idMap]).toEqual([
      [53, 3],
      [54, 4],
    ]);
    expect(graphNodes(graph).map((n) => `${n.id}:${n.data.id}`)).toEqual([
      '1:event-publish',
      '2:tag_operation',
      '3:tag-if',
      '4:stop-execution',
    ]);
  });

  it('remaps connections between pasted nodes on both sides, as strings', () => {
    // after: 3(tag-if) ─then▶ 4(stop-execution); the link from the skipped trigger is gone
    const { graph } = insertBlueprint({ graph: existing, blueprintNodes });
    expect(nodeOf(graph, 3).outputs).toEqual({
      output_1: { connections: [{ node: '4', output: 'input_1' }] },
      output_2: { connections: [] },
    });
    expect(nodeOf(graph, 3).inputs).toEqual({ input_1: { connections: [] } });
    expect(nodeOf(graph, 4).inputs).toEqual({
      input_1: { connections: [{ node: '3', input: 'output_1' }] },
    });
    expect(nodeEdges(graph).map((e) => e.id)).toEqual([
      '1:output_1:0:2',
      '3:output_1:0:4',
    ]);
  });

  it('produces a graph that parses (no dangling connection left)', () => {
    const { graph } = insertBlueprint({ graph: existing, blueprintNodes });
    expect(parseGraph(graph).ok).toBe(true);
  });

  it('drops connections to nodes of the blueprint that were not selected', () => {
    // blueprint holds 5(action) ─▶ 9, but only 5 is pasted
    const partial = buildGraph([action(5), action(9)], ['5 -> 9']);
    const { graph } = insertBlueprint({
      graph: existing,
      blueprintNodes: [nodeOf(partial, 5)],
    });
    expect(nodeOf(graph, 3).outputs).toEqual({ output_1: { connections: [] } });
  });

  it('offsets positions and keeps node data and unknown fields', () => {
    const { graph } = insertBlueprint({
      graph: existing,
      blueprintNodes,
      offset: { x: 100, y: -10 },
    });
    expect(nodeOf(graph, 4)).toMatchObject({
      pos_x: 506.05,
      pos_y: 54,
      data: { indexed_params: { message: 'Execution stopped' } },
    });
    expect(nodeOf(graph, 3).class).toBe(
      'block-type-if block-type-logic expect-misp-core-format',
    );
  });

  it('keeps the existing nodes and `_frames` untouched, and mutates no input', () => {
    const before = JSON.stringify({ existing, blueprintNodes });
    const { graph } = insertBlueprint({ graph: existing, blueprintNodes });
    expect(JSON.stringify({ existing, blueprintNodes })).toBe(before);
    expect(graph['_frames']).toEqual({ f: { id: 'f', nodes: [1] } });
    expect(graph['1']).toBe(existing['1']);
  });

  it('starts at id 1 on an empty canvas and does nothing with an empty blueprint', () => {
    // blueprint: 7(tag-if) ─else▶ 8(action)
    const bp = buildGraph([logic(7), action(8)], ['7 -else-> 8']);
    const pasted = insertBlueprint({
      graph: {},
      blueprintNodes: graphToBlueprintNodes(bp),
    });
    expect(nodeEdges(pasted.graph).map((e) => e.id)).toEqual([
      '1:output_2:0:2',
    ]);
    expect(
      insertBlueprint({ graph: existing, blueprintNodes: [] }).graph,
    ).toEqual(existing);
  });
});
