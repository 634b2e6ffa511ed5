import type { GraphNode } from './workflow-graph.types';

// MISP `extractConcurrentTasksFromWorkflow`: matched on the stored node data, not on the module.
export function isConcurrentTaskNode(node: GraphNode): boolean {
  return (
    node.data.module_type === 'logic' && node.data.id === 'concurrent-task'
  );
}
