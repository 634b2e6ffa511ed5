import { graphNodes } from './graph-nodes';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

// Trigger nodes in key order (MISP `extractTriggersFromWorkflow`).
export function findTriggerNodes(graph: WorkflowGraph): readonly GraphNode[] {
  return graphNodes(graph).filter(
    (node) => node.data.module_type === 'trigger',
  );
}
