import type { WorkflowSummary, WorkflowView } from '@misp-wf/contracts';
import type { WorkflowEntity } from './workflow.entity';

/** A row as `GET /workflows` lists it: everything but the graph. */
export function toWorkflowSummary(row: WorkflowEntity): WorkflowSummary {
  return {
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
}

/** The API's view of one workflow; `data` is the stored graph exactly as it was saved. */
export function toWorkflowView(row: WorkflowEntity): WorkflowView {
  return { ...toWorkflowSummary(row), data: JSON.parse(row.data) };
}
