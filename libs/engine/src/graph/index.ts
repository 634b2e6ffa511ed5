export * from './workflow-graph.types';
export type * from './parse-graph.types';
export type * from './graph-check.types';
export * from './graph-validation-messages';

export { parseGraph } from './parse-graph';

export { graphNodes } from './graph-nodes';
export { findGraphNode } from './find-graph-node';
export { findTriggerNodes } from './find-trigger-nodes';
export { firstTriggerNode } from './first-trigger-node';
export { outputEntries, type OutputEntry } from './output-entries';
export {
  inputConnections,
  type InputConnectionEntry,
} from './input-connections';
export { nodeEdges, type GraphEdge } from './node-edges';
export { formatEdgeId, type EdgeRef } from './format-edge-id';
export { parseEdgeId, type ParsedEdgeId } from './parse-edge-id';
export { connectionNodeId } from './connection-node-id';
export {
  walkIncludeLogic,
  STATIC_WALK_MAX_VISITS,
  type StaticVisit,
} from './walk-include-logic';
export { maxNodeId } from './max-node-id';

export { blueprintToGraph } from './blueprint-to-graph';
export { graphToBlueprintNodes } from './graph-to-blueprint-nodes';
export {
  insertBlueprint,
  type InsertBlueprintInput,
  type InsertBlueprintResult,
} from './insert-blueprint';

export { isAcyclic } from './is-acyclic';
export { hasExactlyOneTrigger } from './has-exactly-one-trigger';
export { checkMultipleOutputConnection } from './check-multiple-output-connection';
export { isConcurrentTaskNode } from './is-concurrent-task-node';
export { pathWarnings } from './path-warnings';
export { checkGraph } from './check-graph';
export { validateGraphForSave } from './validate-graph-for-save';
export {
  blockingModuleWarnings,
  type BlockingModuleWarningContext,
  type ModuleNotification,
  type NodeWarning,
} from './blocking-module-warnings';

export { attachConnectionLabels } from './attach-connection-labels';
export {
  collectConnectionLabels,
  type ConnectionLabelMap,
} from './collect-connection-labels';
export { inflectorVariable } from './inflector-variable';
