import { findTriggerNodes } from './find-trigger-nodes';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP rule `hasOneTrigger` (spec §4.1.2); an empty graph fails it.
export function hasExactlyOneTrigger(graph: WorkflowGraph): boolean {
  return findTriggerNodes(graph).length === 1;
}
