import type { WorkflowEntity } from './workflow.entity';

export type WorkflowView = {
  id: string;
  name: string;
  description: string;
  trigger_id: string;
  debug_enabled: boolean;
  counter: number;
  /** MISP's `timestamp`: last update, seconds since the epoch. */
  timestamp: number;
  created_at: string;
  updated_at: string;
  data?: unknown;
};

/** The API's view of a row; `data` is the stored graph exactly as it was saved. */
export function toWorkflowView(row: WorkflowEntity, withData: boolean): WorkflowView {
  const view: WorkflowView = {
    id: row.id,
    name: row.name,
    description: row.description,
    trigger_id: row.triggerId,
    debug_enabled: row.debugEnabled,
    counter: row.counter,
    timestamp: Math.floor(row.updatedAt.getTime() / 1000),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
  if (withData) view.data = JSON.parse(row.data);
  return view;
}
