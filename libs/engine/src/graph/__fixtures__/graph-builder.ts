import type {
  EmptyList,
  FrameMap,
  GraphNode,
  IndexedParams,
  InputConnection,
  ModuleType,
  OutputConnection,
  WorkflowGraph,
} from '../workflow-graph.types';

// Test helper: MISP-shaped nodes (as the editor stores them, spec §2.2/§2.3) and graphs wired from
// ASCII edges so that specs read like their diagrams:
//   buildGraph([trigger(1), logic(2), action(3)], ['1 -> 2', '2 -then-> 3'])
// `->` uses output_1; `-then->` = output_1, `-else->` = output_2, `-output_3->` is explicit.

type NodeOptions = {
  readonly params?: IndexedParams | EmptyList;
  readonly data?: { readonly [key: string]: unknown };
  readonly outputs?: number;
  readonly inputs?: number;
  readonly pos?: readonly [number, number];
  readonly name?: string;
};

const EMPTY_FILTERS = { selector: '', value: '', operator: '', path: '' };

export function node(
  id: number,
  type: ModuleType,
  moduleId: string,
  options: NodeOptions = {},
): GraphNode {
  const defaults = { trigger: [0, 1], logic: [1, 2], action: [1, 1] }[type];
  const inputs = options.inputs ?? defaults[0];
  const outputs = options.outputs ?? defaults[1];
  const name = options.name ?? moduleId;
  return {
    id,
    name,
    data: {
      id: moduleId,
      module_type: type,
      name,
      indexed_params: options.params ?? [],
      saved_filters: { ...EMPTY_FILTERS },
      multiple_output_connection: false,
      module_version: '0.1',
      previous_module_version: '0.1',
      node_uid: `uid-${id}`,
      ...options.data,
    },
    class: `block-type-${type}`,
    typenode: false,
    inputs: ports(inputs, 'input'),
    outputs: ports(outputs, 'output'),
    pos_x: options.pos?.[0] ?? id * 100,
    pos_y: options.pos?.[1] ?? 0,
  };
}

export const trigger = (
  id: number,
  moduleId = 'event-publish',
  options: NodeOptions = {},
): GraphNode =>
  node(id, 'trigger', moduleId, {
    ...options,
    data: { blocking: true, scope: 'event', ...options.data },
  });

export const logic = (
  id: number,
  moduleId = 'tag-if',
  options: NodeOptions = {},
): GraphNode =>
  moduleId === 'concurrent-task'
    ? node(id, 'logic', moduleId, {
        outputs: 1,
        ...options,
        data: { multiple_output_connection: true, ...options.data },
      })
    : node(id, 'logic', moduleId, options);

export const action = (
  id: number,
  moduleId = 'tag_operation',
  options: NodeOptions = {},
): GraphNode =>
  node(id, 'action', moduleId, {
    outputs: moduleId === 'stop-execution' ? 0 : 1,
    ...options,
  });

export const filterData = (id: number, label: string): GraphNode =>
  node(id, 'logic', 'generic-filter-data', {
    outputs: 1,
    params: { 'filtering-label': label },
  });

export const filterReset = (id: number, label: string): GraphNode =>
  node(id, 'logic', 'generic-filter-reset', {
    outputs: 1,
    params: { 'filtering-label': label },
  });

type MutablePorts<C> = Record<string, { connections: C[] }>;

export function buildGraph(
  nodes: readonly GraphNode[],
  edges: readonly string[] = [],
  frames: FrameMap | EmptyList = {},
): WorkflowGraph {
  const outputs = new Map<number, MutablePorts<OutputConnection>>();
  const inputs = new Map<number, MutablePorts<InputConnection>>();
  for (const n of nodes) {
    outputs.set(n.id, copyPorts(n.outputs));
    inputs.set(n.id, copyPorts(n.inputs));
  }
  for (const edge of edges) {
    const { from, to, output } = parseEdge(edge);
    const out = outputs.get(from);
    const inp = inputs.get(to);
    if (out === undefined || inp === undefined)
      throw new Error(`edge ${edge}: unknown node`);
    (out[output] ??= { connections: [] }).connections.push({
      node: String(to),
      output: 'input_1',
    });
    (inp['input_1'] ??= { connections: [] }).connections.push({
      node: String(from),
      input: output,
    });
  }
  const entries = nodes.map((n): [string, GraphNode] => [
    String(n.id),
    {
      ...n,
      outputs: emptyAsList(outputs.get(n.id)),
      inputs: emptyAsList(inputs.get(n.id)),
    },
  ]);
  return { ...Object.fromEntries(entries), _frames: frames };
}

function parseEdge(edge: string): { from: number; to: number; output: string } {
  const match = /^\s*(\d+)\s*-(?:(\w+)-)?>\s*(\d+)\s*$/.exec(edge);
  if (match === null) throw new Error(`bad edge ${edge}`);
  const label = match[2] ?? 'output_1';
  const output =
    label === 'then' ? 'output_1' : label === 'else' ? 'output_2' : label;
  return { from: Number(match[1]), to: Number(match[3]), output };
}

function ports<C>(count: number, prefix: string): MutablePorts<C> | EmptyList {
  if (count === 0) return [];
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${prefix}_${i + 1}`,
      { connections: [] },
    ]),
  );
}

function copyPorts<C>(
  source:
    | { readonly [name: string]: { readonly connections: readonly C[] } }
    | EmptyList,
): MutablePorts<C> {
  if (Array.isArray(source)) return {};
  return Object.fromEntries(
    Object.entries(source).map(([name, port]) => [
      name,
      { ...port, connections: [...port.connections] },
    ]),
  );
}

function emptyAsList<C>(
  portMap: MutablePorts<C> | undefined,
): MutablePorts<C> | EmptyList {
  return portMap === undefined || Object.keys(portMap).length === 0
    ? []
    : portMap;
}
