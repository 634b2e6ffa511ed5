import { graphNodes } from './graph-nodes';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

// The blueprint `data` list for a graph or a selection of it (spec §10.2.1): the nodes in key order,
// unchanged, without `_frames`. Trigger nodes are kept; pasting skips them.
export function graphToBlueprintNodes(
  graph: WorkflowGraph,
): readonly GraphNode[] {
  return graphNodes(graph);
}
