import type { ExecutionDetail, ModuleView, WorkflowView as WorkflowViewOf } from '@misp-wf/contracts';
import type { StoredGraph } from './workflow-graph.types';

// The API's response shapes come from `@misp-wf/contracts`, the one definition the API's view builders
// also return; the names here are the editor's.
export type {
  BlueprintView,
  ExecutionStepView,
  ModuleView,
  Page as Paged,
  RunAnswer,
  RunOutcome,
  StepStatus,
  TriggerView,
  WorkflowSummary,
} from '@misp-wf/contracts';
export type ModuleParam = ModuleView['params'][number];

/** `GET /workflows/:id`, with the graph read as the editor reads it. */
export type WorkflowView = WorkflowViewOf<StoredGraph>;

/** MISP's checkGraph result (spec §4.2). */
export type CheckGraphResult = {
  is_acyclic: { is_acyclic: boolean; cycles: [number, number, string][] };
  multiple_output_connection: { has_multiple_output_connection: boolean; edges: Record<string, number[]> | [] };
  path_warnings: { has_path_warnings: boolean; edges: [string, string, string, boolean, string, number][] };
};

/** `GET /executions/:id`. */
export type ExecutionView = ExecutionDetail;

export type WorkflowFile = {
  format: string;
  workflow: { name: string; description?: string; trigger_id: string; debug_enabled?: boolean; data: StoredGraph };
  [extra: string]: unknown;
};
