import type { ModuleType, StoredNode } from '../types/workflow-graph.types';

/**
 * Spec §2.3: the stored graph of the default blueprint "PAP:RED and tlp:red Blocking" placed into a workflow
 * for `enrichment-before-query`, values as MISP's editor produces them.
 */
export function mispTlpRedGraph(): Record<string, unknown> {
  return {
    '1': {
      id: 1,
      name: 'Enrichment Before Query',
      data: {
        id: 'enrichment-before-query', module_type: 'trigger', name: 'Enrichment Before Query',
        scope: 'others', blocking: true, misp_core_format: true, inputs: 0, outputs: 1,
        html_template: 'trigger', disabled: false, multiple_output_connection: false,
        indexed_params: [], saved_filters: { selector: '', value: '', operator: '', path: '' },
        module_version: '0.1', previous_module_version: '0.1', node_uid: '3gvyweeeerd0k8r4h2wvyja',
      },
      class: 'block-type-trigger',
      typenode: false,
      inputs: [],
      outputs: { output_1: { connections: [{ node: '53', output: 'input_1' }] } },
      pos_x: 0,
      pos_y: 0,
    },
    '53': {
      id: 53,
      name: 'IF :: Tag',
      data: {
        id: 'tag-if', module_type: 'logic', name: 'IF :: Tag',
        indexed_params: { scope: 'event_attribute', condition: 'in_or', tags: ['PAP:RED', 'tlp:red'] },
        saved_filters: { selector: '', value: '', operator: '', path: '' },
        multiple_output_connection: false, module_version: '0.4', previous_module_version: '0.4', node_uid: '5canassssmb0jic9ajm5ylm',
      },
      class: 'block-type-if block-type-logic expect-misp-core-format',
      typenode: false,
      inputs: { input_1: { connections: [{ node: '1', input: 'output_1' }] } },
      outputs: { output_1: { connections: [{ node: '54', output: 'input_1' }] }, output_2: { connections: [] } },
      pos_x: -65,
      pos_y: 6.05,
    },
    '54': {
      id: 54,
      name: 'Stop execution',
      data: {
        id: 'stop-execution', module_type: 'action', name: 'Stop execution',
        indexed_params: { message: 'Execution stopped' },
        saved_filters: { selector: '', value: '', operator: '', path: '' },
        multiple_output_connection: false, module_version: '0.2', previous_module_version: '0.2', node_uid: '5casweeeeb60u625yrd2grj',
      },
      class: 'block-type-default',
      typenode: false,
      inputs: { input_1: { connections: [{ node: '53', input: 'output_1' }] } },
      outputs: [],
      pos_x: 406.05,
      pos_y: 64,
    },
    _frames: {},
  };
}

/** A node as the API tests and blueprints write it: `inputs: []` even when connected. */
export function bareNode(id: number, module: string, type: ModuleType, outputs: Record<string, unknown> | [], params: Record<string, unknown> | unknown[] = []): StoredNode {
  return {
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: '',
    typenode: false,
    inputs: [],
    outputs,
    pos_x: id * 10,
    pos_y: 5,
  };
}

export function out(...targets: number[]) {
  return { output_1: { connections: targets.map((n) => ({ node: String(n), output: 'input_1' })) } };
}

/**
 * ```
 * 1(event-publish) ─▶ 2(concurrent-task) ─┬▶ 3(stop-execution)
 *                                         └▶ 4(unknown-module) ─▶ 99 (absent)
 * ```
 * with a frame and drawflow `points` on a connection.
 */
export function concurrentGraph(): Record<string, unknown> {
  return {
    '1': bareNode(1, 'event-publish', 'trigger', out(2)),
    '2': bareNode(2, 'concurrent-task', 'logic', {
      output_1: { connections: [{ node: '3', output: 'input_1', points: [{ x: 1, y: 2 }] }, { node: '4', output: 'input_1' }] },
    }),
    '3': bareNode(3, 'stop-execution', 'action', []),
    '4': { ...bareNode(4, 'no-such-module', 'action', out(99)), html: '<div>drawflow html</div>' },
    _frames: { 'f-1': { id: 'f-1', text: 'Group', nodes: [2, 3], class: 'frame' } },
  };
}
