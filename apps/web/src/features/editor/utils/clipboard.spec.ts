import { ALL_MODULES } from '../__fixtures__/modules.fixture';
import { mispTlpRedGraph } from '../__fixtures__/graphs.fixture';
import { flowToGraph } from '../mapping/flow-to-graph';
import { graphToFlow, indexModules } from '../mapping/graph-to-flow';
import { copySelection, pasteClipboard } from './clipboard';

function selectedFlow(ids: string[]) {
  const flow = graphToFlow(mispTlpRedGraph(), indexModules(ALL_MODULES));
  return { ...flow, nodes: flow.nodes.map((n) => ({ ...n, selected: ids.includes(n.id) })) };
}

describe('copy and paste', () => {
  it('copies the selected nodes without the trigger, with the connections between them', () => {
    const clip = copySelection(selectedFlow(['1', '53', '54']));
    expect(clip.nodes.map((n) => n.id)).toEqual(['53', '54']);
    expect(clip.edges.map((e) => e.id)).toEqual(['53:output_1->54:input_1']);
  });

  it('pastes copies with new ids after the highest one, offset, connected to each other only', () => {
    const flow = selectedFlow(['53', '54']);
    const pasted = pasteClipboard({ clipboard: copySelection(flow), existingIds: flow.nodes.map((n) => n.id), offset: { x: 40, y: 40 } });
    expect(pasted.nodes.map((n) => [n.id, n.data.stored.id, n.position.x, n.selected])).toEqual([
      ['55', 55, -25, true],
      ['56', 56, 446.05, true],
    ]);
    expect(pasted.edges.map((e) => e.id)).toEqual(['55:output_1->56:input_1']);
    const graph = flowToGraph({ nodes: [...flow.nodes, ...pasted.nodes], edges: [...flow.edges, ...pasted.edges], extras: flow.extras });
    expect(graph['55']).toMatchObject({
      id: 55,
      inputs: { input_1: { connections: [] } },
      outputs: { output_1: { connections: [{ node: '56', output: 'input_1' }] }, output_2: { connections: [] } },
      data: { id: 'tag-if', indexed_params: { tags: ['PAP:RED', 'tlp:red'] } },
    });
    expect(graph['56']).toMatchObject({ inputs: { input_1: { connections: [{ node: '55', input: 'output_1' }] } } });
    // The originals are untouched.
    expect(graph['53']).toEqual(mispTlpRedGraph()['53']);
  });
});
