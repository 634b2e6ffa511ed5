import { findTriggerNodes } from './find-trigger-nodes';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

// "The" trigger node wherever MISP needs one (roaming data, label decoration): the first in key order.
export function firstTriggerNode(graph: WorkflowGraph): GraphNode | undefined {
  return findTriggerNodes(graph)[0];
}
