import { graphNodes } from './graph-nodes';
import type { WorkflowGraph } from './workflow-graph.types';

// Drawflow allocates new node ids from max(existing id) + 1, starting at 1 on an empty canvas.
export function maxNodeId(graph: WorkflowGraph): number {
  return graphNodes(graph).reduce((max, node) => Math.max(max, node.id), 0);
}
