import { ALL_MODULES } from '../__fixtures__/modules.fixture';
import { bareNode, concurrentGraph, mispTlpRedGraph, out } from '../__fixtures__/graphs.fixture';
import { edgeId } from './edge-id';
import { flowToGraph } from './flow-to-graph';
import type { FlowGraph, WorkflowFlowEdge } from './flow.types';
import { graphToFlow, indexModules } from './graph-to-flow';

const modules = indexModules(ALL_MODULES);

function newEdge(source: string, sourceHandle: string, target: string, targetHandle = 'input_1'): WorkflowFlowEdge {
  return { id: edgeId({ source, sourceHandle, target, targetHandle }), source, sourceHandle, target, targetHandle, data: { loaded: false } };
}

function roundTrip(graph: unknown, edit: (flow: FlowGraph) => FlowGraph = (f) => f): unknown {
  return flowToGraph(edit(graphToFlow(graph, modules)));
}

describe('flowToGraph', () => {
  it.each([
    ['MISP\'s stored example (spec §2.3)', mispTlpRedGraph()],
    ['a concurrent task, an unknown module, a dangling connection, drawflow points and a frame', concurrentGraph()],
    ['API-style nodes with inputs: [] although connected', { '1': bareNode(1, 'event-publish', 'trigger', out(2)), '2': bareNode(2, 'stop-execution', 'action', []) }],
    ['an empty graph', {}],
  ])('writes %s back verbatim when nothing changed', (_name, graph) => {
    const written = roundTrip(graph);
    expect(written).toEqual(graph);
    expect(JSON.stringify(written)).toBe(JSON.stringify(graph));
  });

  it('records a moved node\'s new position, floats included', () => {
    const written = roundTrip(mispTlpRedGraph(), (f) => ({ ...f, nodes: f.nodes.map((n) => (n.id === '54' ? { ...n, position: { x: 500.5, y: -12.25 } } : n)) }));
    expect(written).toMatchObject({ '54': { pos_x: 500.5, pos_y: -12.25 } });
  });

  it('adds a new connection to the source output and the target input (drawflow\'s inverted naming)', () => {
    // 53 else ─▶ 54 (in addition to then ─▶ 54)
    const written = roundTrip(mispTlpRedGraph(), (f) => ({ ...f, edges: [...f.edges, newEdge('53', 'output_2', '54')] }));
    expect(written).toMatchObject({
      '53': { outputs: { output_1: { connections: [{ node: '54', output: 'input_1' }] }, output_2: { connections: [{ node: '54', output: 'input_1' }] } } },
      '54': { inputs: { input_1: { connections: [{ node: '53', input: 'output_1' }, { node: '53', input: 'output_2' }] } } },
    });
  });

  it('removes both sides of a deleted connection and keeps empty ports', () => {
    const written = roundTrip(mispTlpRedGraph(), (f) => ({ ...f, edges: f.edges.filter((e) => e.target !== '54') }));
    expect(written).toMatchObject({
      '53': { outputs: { output_1: { connections: [] }, output_2: { connections: [] } } },
      '54': { inputs: { input_1: { connections: [] } } },
    });
  });

  it('deleting a node drops it and the connections to it, but not connections to nodes that never existed', () => {
    const written = roundTrip(concurrentGraph(), (f) => ({ ...f, nodes: f.nodes.filter((n) => n.id !== '3'), edges: f.edges.filter((e) => e.target !== '3') }));
    expect(Object.keys(written as object)).toEqual(['1', '2', '4', '_frames']);
    expect(written).toMatchObject({
      '2': { outputs: { output_1: { connections: [{ node: '4', output: 'input_1' }] } } },
      '4': { outputs: { output_1: { connections: [{ node: '99', output: 'input_1' }] } }, html: '<div>drawflow html</div>' },
    });
  });

  it('creates a port on a node stored with outputs: [] when it gets its first connection', () => {
    const graph = { '1': bareNode(1, 'event-publish', 'trigger', []), '2': bareNode(2, 'stop-execution', 'action', []) };
    const written = roundTrip(graph, (f) => ({ ...f, edges: [newEdge('1', 'output_1', '2')] }));
    expect(written).toMatchObject({ '1': { outputs: { output_1: { connections: [{ node: '2', output: 'input_1' }] } } }, '2': { inputs: { input_1: { connections: [{ node: '1', input: 'output_1' }] } } } });
  });

  it('keeps index params, saved filters, node uids and unknown fields of an edited node', () => {
    const written = roundTrip(mispTlpRedGraph(), (f) => ({ ...f, edges: [] }));
    const original = mispTlpRedGraph();
    expect(written).toMatchObject({ '53': { data: (original['53'] as { data: object }).data, class: 'block-type-if block-type-logic expect-misp-core-format' } });
  });

  it('does not give a position to a stored node without one unless it moves', () => {
    const node: Record<string, unknown> = { ...bareNode(1, 'event-publish', 'trigger', []) };
    delete node['pos_x'];
    delete node['pos_y'];
    expect(roundTrip({ '1': node })).toEqual({ '1': node });
    expect(roundTrip({ '1': node }, (f) => ({ ...f, nodes: f.nodes.map((n) => ({ ...n, position: { x: 3, y: 0 } })) }))).toEqual({ '1': { ...node, pos_x: 3, pos_y: 0 } });
  });
});
