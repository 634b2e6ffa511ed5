import { CONCURRENT_TASK, EVENT_PUBLISH, STOP_EXECUTION, TAG_IF } from '../__fixtures__/modules.fixture';
import { flowToGraph } from '../mapping/flow-to-graph';
import { defaultParams, newStoredNode, nextNodeId, nodeClass, toFlowNode } from './new-node';

describe('new nodes', () => {
  it.each([
    [[], 1],
    [['1', '53', '54'], 55],
    [['1', 'x'], 2],
  ])('allocates max + 1 after %p', (ids, expected) => {
    expect(nextNodeId(ids)).toBe(expected);
  });

  it('fills defaults (pickers as []) and keeps [] for a module without params', () => {
    expect(defaultParams(TAG_IF)).toEqual({ scope: 'event', condition: 'in_or', tags: [] });
    expect(defaultParams(CONCURRENT_TASK)).toEqual([]);
  });

  it('builds the node MISP\'s editor would save, ports included', () => {
    const node = newStoredNode({ module: TAG_IF, id: 7, x: 10, y: 20, uid: 'u' });
    expect(node).toEqual({
      id: 7,
      name: 'IF :: Tag',
      data: {
        id: 'tag-if',
        module_type: 'logic',
        name: 'IF :: Tag',
        indexed_params: { scope: 'event', condition: 'in_or', tags: [] },
        saved_filters: { selector: '', value: '', operator: '', path: '' },
        multiple_output_connection: false,
        module_version: '0.1.0',
        previous_module_version: '0.1.0',
        node_uid: 'u',
      },
      class: 'block-type-if block-type-logic expect-misp-core-format',
      typenode: false,
      inputs: { input_1: { connections: [] } },
      outputs: { output_1: { connections: [] }, output_2: { connections: [] } },
      pos_x: 10,
      pos_y: 20,
    });
  });

  it('gives stop-execution no outputs and a trigger no inputs, and writes them back unchanged', () => {
    const stop = newStoredNode({ module: STOP_EXECUTION, id: 2, x: 0, y: 0 });
    const trigger = newStoredNode({ module: EVENT_PUBLISH, id: 1, x: 0, y: 0 });
    expect(stop.outputs).toEqual([]);
    expect(trigger.inputs).toEqual([]);
    expect(nodeClass(EVENT_PUBLISH)).toBe('block-type-trigger');
    const graph = flowToGraph({ nodes: [toFlowNode(trigger, EVENT_PUBLISH), toFlowNode(stop, STOP_EXECUTION)], edges: [], extras: {} });
    expect(graph).toEqual({ '1': trigger, '2': stop });
  });
});
