/** A row of `GET /triggers` (contract §4). */
export type TriggerRow = {
  id: string;
  name: string;
  scope: string;
  description: string;
  icon: string;
  blocking: boolean;
  misp_core_format: boolean;
  trigger_overhead: 1 | 2 | 3;
  trigger_overhead_message: string;
  enabled: boolean;
  workflow_id: string | null;
  run_counter: number;
  last_update: string | null;
};

/** A row of `GET /workflows` (no graph). */
export type WorkflowSummary = {
  id: string;
  name: string;
  description: string;
  trigger_id: string;
  debug_enabled: boolean;
  counter: number;
  timestamp: number;
  created_at: string;
  updated_at: string;
};
