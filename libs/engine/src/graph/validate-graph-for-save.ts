import { checkMultipleOutputConnection } from './check-multiple-output-connection';
import {
  CYCLE_MESSAGE,
  MULTIPLE_CONNECTION_MESSAGE,
  TRIGGER_COUNT_MESSAGE,
} from './graph-validation-messages';
import { hasExactlyOneTrigger } from './has-exactly-one-trigger';
import { isAcyclic } from './is-acyclic';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP's validation rules on `Workflow.data` in their order (spec §4.1). CakePHP stops at the first
// failing rule of a field, so at most one message comes back; null means the graph may be saved.
// No module metadata is needed: the multiple-connection rule reads the flag from the node data.
export function validateGraphForSave(graph: WorkflowGraph): string | null {
  if (!isAcyclic(graph).is_acyclic) return CYCLE_MESSAGE;
  if (!hasExactlyOneTrigger(graph)) return TRIGGER_COUNT_MESSAGE;
  if (checkMultipleOutputConnection(graph).has_multiple_output_connection)
    return MULTIPLE_CONNECTION_MESSAGE;
  return null;
}
