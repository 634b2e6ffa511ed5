import { isGraphNode } from './is-graph-node';
import {
  FRAMES_KEY,
  type GraphNode,
  type WorkflowGraph,
} from './workflow-graph.types';

// The nodes in key order, without `_frames`. Note that JS enumerates integer-like keys in ascending
// order whatever the JSON order was; drawflow writes them ascending, so this matches MISP in practice.
export function graphNodes(graph: WorkflowGraph): readonly GraphNode[] {
  const nodes: GraphNode[] = [];
  for (const [key, entry] of Object.entries(graph)) {
    if (key !== FRAMES_KEY && isGraphNode(entry)) nodes.push(entry);
  }
  return nodes;
}
