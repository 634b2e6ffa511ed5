import { ALL_MODULES, CONCURRENT_TASK, STOP_EXECUTION, TAG_IF } from '../__fixtures__/modules.fixture';
import { bareNode, concurrentGraph, mispTlpRedGraph, out } from '../__fixtures__/graphs.fixture';
import { graphToFlow, indexModules } from './graph-to-flow';

const modules = indexModules(ALL_MODULES);

describe('graphToFlow', () => {
  it('reads MISP\'s stored graph (spec §2.3): one node per key, edges from outputs, positions, handles', () => {
    const flow = graphToFlow(mispTlpRedGraph(), modules);
    expect(flow.nodes.map((n) => [n.id, n.position.x, n.position.y])).toEqual([
      ['1', 0, 0],
      ['53', -65, 6.05],
      ['54', 406.05, 64],
    ]);
    expect(flow.edges.map((e) => e.id)).toEqual(['1:output_1->53:input_1', '53:output_1->54:input_1']);
    const ifNode = flow.nodes.find((n) => n.id === '53');
    expect(ifNode?.data.module).toBe(TAG_IF);
    expect(ifNode?.data.inputs).toEqual(['input_1']);
    expect(ifNode?.data.outputs).toEqual(['output_1', 'output_2']);
    expect(flow.nodes.find((n) => n.id === '54')?.data.outputs).toEqual([]);
    expect(flow.extras).toEqual({ _frames: {} });
  });

  it('keeps the trigger undeletable and every other node deletable', () => {
    const flow = graphToFlow(mispTlpRedGraph(), modules);
    expect(flow.nodes.map((n) => n.deletable)).toEqual([false, true, true]);
  });

  it('gives a node the ports of its module even when stored as [] (blueprint style)', () => {
    const flow = graphToFlow({ '3': bareNode(3, 'stop-execution', 'action', []), '2': bareNode(2, 'tag-if', 'logic', out(3)) }, modules);
    const stop = flow.nodes.find((n) => n.id === '3');
    expect(stop?.data.module).toBe(STOP_EXECUTION);
    expect(stop?.data.inputs).toEqual(['input_1']);
    expect(flow.nodes.find((n) => n.id === '2')?.data.outputs).toEqual(['output_1', 'output_2']);
  });

  it('draws an unknown module with MISP\'s class defaults and remembers connections to absent nodes', () => {
    const flow = graphToFlow(concurrentGraph(), modules);
    const unknown = flow.nodes.find((n) => n.id === '4');
    expect(unknown?.data.module).toBeNull();
    expect(unknown?.data.absentRefs).toEqual(['99']);
    expect(flow.edges.some((e) => e.target === '99')).toBe(false);
    expect(flow.nodes.find((n) => n.id === '2')?.data.module).toBe(CONCURRENT_TASK);
    expect(flow.edges.filter((e) => e.source === '2').map((e) => e.target)).toEqual(['3', '4']);
  });

  it('keeps non-node entries (frames) aside and reports entries it cannot read', () => {
    const graph = { ...concurrentGraph(), '7': { id: 'seven' } };
    const flow = graphToFlow(graph, modules);
    expect(Object.keys(flow.extras).sort()).toEqual(['7', '_frames']);
    expect(flow.skipped).toEqual(['7']);
  });

  it.each([null, [], 'graph', 3])('reads %p as an empty graph', (value) => {
    expect(graphToFlow(value, modules)).toEqual({ nodes: [], edges: [], extras: {}, skipped: [] });
  });

  it('marks loaded edges and links the stored input connection when there is one', () => {
    const flow = graphToFlow(mispTlpRedGraph(), modules);
    expect(flow.edges[0]?.data).toEqual({ connection: { node: '53', output: 'input_1' }, inputConnection: { node: '1', input: 'output_1' }, loaded: true });
    const bare = graphToFlow({ '1': bareNode(1, 'event-publish', 'trigger', out(2)), '2': bareNode(2, 'stop-execution', 'action', []) }, modules);
    expect(bare.edges[0]?.data?.inputConnection).toBeUndefined();
  });
});
