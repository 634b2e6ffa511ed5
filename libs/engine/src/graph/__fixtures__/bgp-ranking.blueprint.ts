// Modelled on the default blueprint "Set tag based on BGP Ranking maliciousness level" (spec §2.3):
// its `data` is a JSON *list* of nodes (blueprint format, spec §10.2.1).
//   1(event-publish) ─▶ 30(concurrent-task) ─▶ 29(attach-enrichment) ─▶ 28(tag_operation)
const emptyFilters = { selector: '', value: '', operator: '', path: '' };

export const bgpRankingBlueprintNodes: readonly unknown[] = [
  {
    id: 1,
    name: 'Event Publish',
    data: {
      id: 'event-publish',
      module_type: 'trigger',
      name: 'Event Publish',
      scope: 'event',
      blocking: true,
      misp_core_format: true,
      inputs: 0,
      outputs: 1,
      html_template: 'trigger',
      disabled: false,
      multiple_output_connection: false,
      indexed_params: [],
      saved_filters: emptyFilters,
      module_version: '0.1',
      previous_module_version: '0.1',
      node_uid: 'c0urdyxkeh8bz0dwf3ga7y',
    },
    class: 'block-type-trigger',
    typenode: false,
    inputs: [],
    outputs: { output_1: { connections: [{ node: '30', output: 'input_1' }] } },
    pos_x: 0,
    pos_y: 0,
  },
  {
    id: 30,
    name: 'Concurrent Task',
    data: {
      id: 'concurrent-task',
      module_type: 'logic',
      name: 'Concurrent Task',
      indexed_params: [],
      saved_filters: emptyFilters,
      multiple_output_connection: true,
      module_version: '0.2',
      previous_module_version: '0.2',
      node_uid: 'l6dcxk4f1f9r3d2gygdhoa',
    },
    class: 'block-type-concurrent-task block-type-logic',
    typenode: false,
    inputs: { input_1: { connections: [{ node: '1', input: 'output_1' }] } },
    outputs: { output_1: { connections: [{ node: '29', output: 'input_1' }] } },
    pos_x: 190,
    pos_y: 12.5,
  },
  {
    id: 29,
    name: 'Attach enrichment',
    data: {
      id: 'attach-enrichment',
      module_type: 'action',
      name: 'Attach enrichment',
      indexed_params: { modules: 'bgpranking' },
      saved_filters: emptyFilters,
      multiple_output_connection: false,
      module_version: '0.3',
      previous_module_version: '0.3',
      node_uid: 'w3q1x0bbtzn6h9pzyrkl6c',
    },
    class: 'block-type-default expect-misp-core-format',
    typenode: false,
    inputs: {
      input_1: { connections: [{ node: '30', input: 'output_1', points: [] }] },
    },
    outputs: { output_1: { connections: [{ node: '28', output: 'input_1' }] } },
    pos_x: 390,
    pos_y: 0,
  },
  {
    id: 28,
    name: 'Tag operation',
    data: {
      id: 'tag_operation',
      module_type: 'action',
      name: 'Tag operation',
      indexed_params: {
        scope: 'attribute',
        tags: ['adversary:infrastructure-state="active"'],
      },
      saved_filters: {
        selector: 'Event._AttributeFlattened.{n}',
        value: 'float',
        operator: 'equals',
        path: 'enrichment.{n}.Object.{n}[name=bgp-ranking].Attribute.{n}[object_relation=position][value<50].type',
      },
      multiple_output_connection: false,
      module_version: '0.1',
      previous_module_version: '0.1',
      node_uid: 'e0t8d2v8q3mj5c6vq0x4nq',
    },
    class: 'block-type-default expect-misp-core-format',
    typenode: false,
    inputs: { input_1: { connections: [{ node: '29', input: 'output_1' }] } },
    outputs: { output_1: { connections: [] } },
    pos_x: 620,
    pos_y: 40,
  },
];

// The same nodes as a stored workflow graph (map keyed by id, with `_frames`).
export const bgpRankingGraph: unknown = {
  ...Object.fromEntries(
    bgpRankingBlueprintNodes.map((node, i) => [
      String([1, 30, 29, 28][i]),
      node,
    ]),
  ),
  _frames: [],
};
