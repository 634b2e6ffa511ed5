import type { ModuleManifest } from '@misp-wf/sdk';
import type { StoredGraph } from './workflow-graph.types';

/** `GET /modules` entry: the manifest plus where the module comes from and whether it runs. */
export type ModuleView = ModuleManifest & { source: 'default' | 'custom' | 'misp-module'; enabled: boolean; error: string | null };
export type ModuleParam = ModuleManifest['params'][number];

export type WorkflowView = {
  id: string;
  name: string;
  description: string;
  trigger_id: string;
  debug_enabled: boolean;
  counter: number;
  timestamp: number;
  created_at: string;
  updated_at: string;
  data?: StoredGraph;
};

export type Paged<T> = { data: T[]; page: number; limit: number; total: number };

export type TriggerView = {
  id: string;
  name: string;
  scope: string;
  description: string;
  icon?: string;
  blocking: boolean;
  misp_core_format: boolean;
  trigger_overhead: number;
  trigger_overhead_message?: string;
  enabled: boolean;
  workflow_id: string | null;
  run_counter: number;
  last_update: string | null;
};

export type BlueprintView = { id: string; uuid: string; name: string; description: string; timestamp: number; default: boolean; data: unknown[] };

/** MISP's checkGraph result (spec §4.2). */
export type CheckGraphResult = {
  is_acyclic: { is_acyclic: boolean; cycles: [number, number, string][] };
  multiple_output_connection: { has_multiple_output_connection: boolean; edges: Record<string, number[]> | [] };
  path_warnings: { has_path_warnings: boolean; edges: [string, string, string, boolean, string, number][] };
};

export type RunOutcome = 'success' | 'blocked' | 'failure';
export type RunAnswer = { success: boolean; outcome: RunOutcome; errors: string[]; execution_id: string };

export type StepStatus = 'success' | 'failure' | 'blocked' | 'skipped';

export type ExecutionStepView = {
  node_id: number;
  module_id: string;
  status: StepStatus;
  started_at: string;
  finished_at: string;
  duration_ms: number;
  error?: string;
  output?: string;
  data_preview?: string;
};

export type ExecutionView = {
  id: string;
  workflow_id: string | null;
  trigger_id: string;
  source: string;
  outcome: string;
  outcome_text: string;
  success: boolean;
  errors: string[];
  started_at: string;
  finished_at: string;
  duration_ms: number;
  steps?: ExecutionStepView[];
};

export type WorkflowFile = {
  format: string;
  workflow: { name: string; description?: string; trigger_id: string; debug_enabled?: boolean; data: StoredGraph };
  [extra: string]: unknown;
};
