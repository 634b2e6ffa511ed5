export type StepStatus = 'success' | 'failure' | 'blocked' | 'skipped';

/** One executed node of a run. `output` and `data_preview` are present only when the node produced them. */
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

/** A row of `GET /executions`. */
export type ExecutionSummary = {
  id: string;
  workflow_id: string | null;
  trigger_id: string;
  /** How the run started: `hook` (MISP called), `manual` (API or editor), `queue`, `branch`. */
  source: string;
  outcome: string;
  outcome_text: string;
  success: boolean;
  errors: string[];
  started_at: string;
  finished_at: string;
  duration_ms: number;
};

/** `GET /executions/:id`: the row plus its steps. */
export type ExecutionDetail = ExecutionSummary & { steps: ExecutionStepView[] };
