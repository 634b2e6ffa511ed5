export type StepStatus = 'success' | 'failure' | 'blocked' | 'skipped';
export type Outcome = 'success' | 'blocked' | 'failure';

/** One executed node of a run (`GET /executions/:id` → `steps`). */
export type ExecutionStep = {
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

/** A row of `GET /executions`. */
export type ExecutionSummary = {
  id: string;
  workflow_id: string | null;
  trigger_id: string;
  /** `hook` (MISP called) or `manual` (run from the API or the editor). */
  source: string;
  outcome: string;
  outcome_text: string;
  success: boolean;
  errors: string[];
  started_at: string;
  finished_at: string;
  duration_ms: number;
};

export type ExecutionDetail = ExecutionSummary & { steps: ExecutionStep[] };
