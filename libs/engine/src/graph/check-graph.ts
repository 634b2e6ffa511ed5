import { checkMultipleOutputConnection } from './check-multiple-output-connection';
import type { CheckGraphContext, CheckGraphResult } from './graph-check.types';
import { isAcyclic } from './is-acyclic';
import { pathWarnings } from './path-warnings';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP `POST /workflows/checkGraph` (spec §4.2): the three analyses the editor paints on the canvas.
// Pure reporting, no verdict; saving uses `validateGraphForSave`.
export function checkGraph(
  graph: WorkflowGraph,
  context: CheckGraphContext,
): CheckGraphResult {
  return {
    is_acyclic: isAcyclic(graph),
    multiple_output_connection: checkMultipleOutputConnection(graph),
    path_warnings: pathWarnings(graph, context),
  };
}
