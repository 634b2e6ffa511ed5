/** MISP's `OVERHEAD_LOW`, `OVERHEAD_MEDIUM`, `OVERHEAD_HIGH`. */
export type TriggerOverheadLevel = 1 | 2 | 3;

/** A row of `GET /triggers`: MISP's trigger descriptor, its enabled state and the workflow bound to it. */
export type TriggerView = {
  id: string;
  name: string;
  scope: string;
  description: string;
  icon: string;
  blocking: boolean;
  misp_core_format: boolean;
  trigger_overhead: TriggerOverheadLevel;
  /** `''` when MISP shows no overhead warning. */
  trigger_overhead_message: string;
  enabled: boolean;
  workflow_id: string | null;
  run_counter: number;
  last_update: string | null;
};
