import type { ModuleType, WalkGraph } from '../run.types';

type NodeSpec = { id: number; module: string; type: ModuleType; params?: Record<string, unknown> };
type EdgeSpec = [from: number, to: number, output?: string];

/**
 * Builds a MISP-shaped stored graph (drawflow map keyed by node id, string ids in connections) from a
 * node list and edges `[from, to, output = 'output_1']`.
 */
export function buildGraph(nodes: NodeSpec[], edges: EdgeSpec[]): WalkGraph {
  const graph: Record<string, unknown> = {};
  for (const n of nodes) {
    graph[String(n.id)] = {
      id: n.id,
      name: n.module,
      data: {
        id: n.module,
        module_type: n.type,
        name: n.module,
        indexed_params: n.params ?? [],
        saved_filters: { selector: '', value: '', operator: '', path: '' },
      },
      class: `block-type-${n.type}`,
      typenode: false,
      inputs: [],
      outputs: [],
      pos_x: 0,
      pos_y: 0,
    };
  }
  for (const [from, to, output = 'output_1'] of edges) {
    const node = graph[String(from)] as { outputs: unknown };
    const outputs = (Array.isArray(node.outputs) ? {} : node.outputs) as Record<string, { connections: unknown[] }>;
    outputs[output] ??= { connections: [] };
    outputs[output].connections.push({ node: String(to), output: 'input_1' });
    node.outputs = outputs;
  }
  graph['_frames'] = {};
  return graph as WalkGraph;
}

export const trigger = (id: number, module = 'event-publish'): NodeSpec => ({ id, module, type: 'trigger' });
export const logic = (id: number, module: string, params?: Record<string, unknown>): NodeSpec => ({ id, module, type: 'logic', params });
export const action = (id: number, module: string, params?: Record<string, unknown>): NodeSpec => ({ id, module, type: 'action', params });
