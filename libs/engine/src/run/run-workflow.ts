import { NEVER_ABORTED } from './execute-node';
import { firstTriggerNode } from './graph-access';
import type { EnginePorts, Outcome, RoamingRecord, RunResult, WalkGraph, WorkflowRef } from './run.types';
import { walkGraph } from './walk-graph';

export type Normalizer = (raw: unknown) => Promise<NormalizeResult> | NormalizeResult;
export type NormalizeResult = { ok: true; data: RoamingRecord } | { ok: false; error: string };

export type RunWorkflowOptions = {
  graph: WalkGraph;
  workflow: WorkflowRef;
  trigger: { id: string; blocking: boolean };
  /** The data as MISP passed it; `normalize` turns it into what the graph sees. */
  rawData: unknown;
  normalize?: Normalizer;
  ports: EnginePorts;
  signal?: AbortSignal;
  nodeTimeoutMs?: number;
  executionId?: string;
};

const VETO_MESSAGE = 'Conditions on the trigger are not satisfied to continue the execution';

/**
 * One run of a workflow for its trigger, as MISP's `__runWorkflow` (spec §3.3): normalise, let the trigger
 * veto, walk on the trigger's path type, and name the outcome (`blocked` only when a module deliberately
 * blocked). The run counter, persistence and debug calls belong to the caller.
 */
export async function runWorkflow(opts: RunWorkflowOptions): Promise<RunResult> {
  const started = opts.ports.now?.() ?? Date.now();
  const executionId = opts.executionId ?? '';
  opts.ports.trace?.emit({ type: 'run:started', executionId, workflowId: opts.workflow.id, at: started });
  const result = await runSteps(opts);
  const at = opts.ports.now?.() ?? Date.now();
  opts.ports.trace?.emit({ type: 'run:finished', executionId, outcome: result.outcome, errors: result.errors, durationMs: at - started, at });
  return result;
}

async function runSteps(opts: RunWorkflowOptions): Promise<RunResult> {
  const triggerNode = firstTriggerNode(opts.graph);
  if (!triggerNode || triggerNode.data.id !== opts.trigger.id) {
    return failure('failure', ['Invalid start node `-1`'], {});
  }
  const normalized = await normalizeSafely(opts);
  if (!normalized.ok) {
    const message = `Error while normalizing data for trigger. ${normalized.error}`;
    return failure(`failure ${message}`, [message], {});
  }
  const vetoed = await triggerVetoes(opts, triggerNode);
  if (vetoed) return failure(`failure ${VETO_MESSAGE}`, [VETO_MESSAGE], normalized.data);

  const walked = await walkGraph({
    graph: opts.graph,
    workflow: opts.workflow,
    startNodeId: triggerNode.id,
    pathType: opts.trigger.blocking ? 'blocking' : 'non-blocking',
    data: normalized.data,
    rawData: opts.rawData,
    ports: opts.ports,
    signal: opts.signal,
    nodeTimeoutMs: opts.nodeTimeoutMs,
    executionId: opts.executionId,
  });
  logRunErrors(opts.ports, walked.success, walked.errors);
  const outcome: Outcome = walked.success ? 'success' : walked.blockedByModule ? 'blocked' : 'failure';
  return { success: walked.success, outcome, outcomeText: outcome, errors: walked.errors, walk: walked.walk, data: walked.data };
}

async function normalizeSafely(opts: RunWorkflowOptions): Promise<NormalizeResult> {
  if (!opts.normalize) {
    return isRecord(opts.rawData) ? { ok: true, data: opts.rawData } : { ok: false, error: 'Invalid input.' };
  }
  try {
    return await opts.normalize(opts.rawData);
  } catch (error) {
    return { ok: false, error: `Error:\n${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The trigger module's own `exec` sees the raw payload (only `tag-attached-after-save` has conditions). */
async function triggerVetoes(opts: RunWorkflowOptions, triggerNode: NonNullable<ReturnType<typeof firstTriggerNode>>): Promise<boolean> {
  const lookup = opts.ports.resolveModule('trigger', triggerNode.data.id);
  if (lookup.status !== 'ok') return false;
  const raw = isRecord(opts.rawData) ? opts.rawData : {};
  try {
    const outcome = await lookup.module.exec({
      node: triggerNode,
      getData: () => raw,
      setData: () => undefined,
      rawData: opts.rawData,
      workflow: opts.workflow,
      triggerNode,
      signal: opts.signal ?? NEVER_ABORTED,
    });
    return outcome.kind === 'fail' || outcome.kind === 'block';
  } catch {
    return true;
  }
}

function logRunErrors(ports: EnginePorts, success: boolean, errors: string[]): void {
  if (!ports.log) return;
  if (!success) ports.log({ level: 'error', message: `Execution stopped. \n${errors.join(', ')}` });
  else if (errors.length > 0) ports.log({ level: 'error', message: `Execution encountered an error but continued. \n${errors.join(', ')}` });
}

function failure(outcomeText: string, errors: string[], data: RoamingRecord): RunResult {
  return {
    success: false,
    outcome: 'failure',
    outcomeText,
    errors,
    walk: { executed_nodes: [], blocking_nodes: [], blocked_paths: [] },
    data,
  };
}

function isRecord(value: unknown): value is RoamingRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
