export type StoredNode = Record<string, unknown>;

/**
 * A node in MISP's stored-graph format (drawflow: string node ids in connections, `[]` when empty) for the
 * API tests. `params` become `indexed_params`.
 */
export function storedNode(id: number, module: string, type: string, outputs: StoredNode | [], params: StoredNode | [] = []): StoredNode {
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

/** `{output_1: …}` connecting to the given node ids. */
export function output1(...ids: number[]): StoredNode {
  return { output_1: { connections: ids.map((n) => ({ node: String(n), output: 'input_1' })) } };
}

/** An IF node's outputs: then → `then`, else → nothing. */
export function thenOnly(then: number): StoredNode {
  return { ...output1(then), output_2: { connections: [] } };
}
