import { graph as graphHelpers, type GraphNode, type WorkflowGraph } from '@misp-wf/engine';

export function findGraphNodeById(graph: WorkflowGraph, id: number): GraphNode | undefined {
  return graphHelpers.findGraphNode(graph, id);
}
