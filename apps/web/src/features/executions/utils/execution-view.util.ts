import type { Tone } from '../../../components/ui/tone';
import type { ExecutionStep, StepStatus } from '../types/execution.types';

export function outcomeTone(outcome: string): Tone {
  if (outcome === 'success') return 'success';
  if (outcome === 'blocked') return 'warning';
  if (outcome === 'failure') return 'danger';
  return 'neutral';
}

export function stepTone(status: string): Tone {
  if (status === 'skipped') return 'neutral';
  return outcomeTone(status);
}

/**
 * The node states after the first `cursor` steps of a run, for the replay: node id → status. A node that
 * ran twice (concurrent tasks) shows its latest state.
 */
export function statusesAt(steps: ExecutionStep[], cursor: number): Record<string, StepStatus> {
  const out: Record<string, StepStatus> = {};
  for (const step of steps.slice(0, Math.max(0, cursor))) out[String(step.node_id)] = step.status;
  return out;
}

/** Steps whose node is not in the graph the replay is drawn on (the workflow was edited since the run). */
export function stepsMissingFromGraph(steps: ExecutionStep[], graph: unknown): number[] {
  if (typeof graph !== 'object' || graph === null) return [...new Set(steps.map((s) => s.node_id))];
  const ids = new Set(Object.keys(graph));
  return [...new Set(steps.map((s) => s.node_id).filter((id) => !ids.has(String(id))))];
}

/** A data preview pretty-printed when it is complete JSON; a cut-off preview is shown as it came. */
export function prettyPreview(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The trigger node of a stored graph (`data.module_type` = trigger). */
export function triggerNodeId(graph: unknown): string | null {
  if (typeof graph !== 'object' || graph === null) return null;
  for (const [id, node] of Object.entries(graph)) {
    if (typeof node !== 'object' || node === null || !('data' in node)) continue;
    const data: unknown = node.data;
    if (typeof data === 'object' && data !== null && 'module_type' in data && data.module_type === 'trigger') return id;
  }
  return null;
}
