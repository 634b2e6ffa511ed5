import { checkGraph, findTriggerNodes, parseGraph, validateGraphForSave, type CheckGraphResult, type WorkflowGraph } from '@misp-wf/engine';
import { ApiError } from '../common/errors/api-error';

export type BlockingLookup = (module: { moduleType: string; moduleId: string }) => boolean;

/** Shape check: a graph the engine cannot read is a 400 with every problem listed. */
export function parseOrThrow(data: unknown): WorkflowGraph {
  const parsed = parseGraph(data);
  if (!parsed.ok) throw new ApiError('validation_failed', `Invalid workflow graph: ${parsed.errors[0]}`, { errors: parsed.errors });
  return parsed.graph;
}

/** MISP's save rules (spec §4.1), plus the trigger binding MISP only discovers at run time. */
export function assertSavable(args: { graph: WorkflowGraph; triggerId: string; isBlocking: BlockingLookup }): void {
  const { graph, triggerId, isBlocking } = args;
  const check: CheckGraphResult = checkGraph(graph, { isBlockingModule: isBlocking });
  const message = validateGraphForSave(graph);
  if (message) throw new ApiError('invalid_graph', message, check);
  const [triggerNode] = findTriggerNodes(graph);
  if (triggerNode && triggerNode.data.id !== triggerId) {
    throw new ApiError(
      'invalid_graph',
      `The graph's trigger node is \`${triggerNode.data.id}\` but the workflow is bound to \`${triggerId}\``,
      check,
    );
  }
}
