export { Hash } from './hash';
export * as php from './php';
export * from './conditions';
export * from './filters';
export * from './run';
export * from './trace/trace.types';
export { boundedPreview } from './trace/bounded-preview';
export * as graph from './graph';
export {
  parseGraph,
  checkGraph,
  validateGraphForSave,
  blockingModuleWarnings,
  blueprintToGraph,
  graphToBlueprintNodes,
  insertBlueprint,
  attachConnectionLabels,
  findTriggerNodes,
  graphNodes,
} from './graph';
export type { WorkflowGraph, GraphNode, CheckGraphResult, ParseGraphResult } from './graph';
export * from './core-format';
export * from './node-config';
