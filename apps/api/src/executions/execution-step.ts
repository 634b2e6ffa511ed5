import type { ExecutionStepView } from '@misp-wf/contracts';
import type { TraceEvent, TraceSink } from '@misp-wf/engine';

/** A step as the execution record stores it and `GET /executions/:id` serves it. */
export type ExecutionStep = ExecutionStepView;

/** Default size of a step's data preview (issue 6: bounded previews, full payloads only in debug mode). */
export const STEP_PREVIEW_BYTES = 4096;

/** Collects the engine's node events of one run into execution steps. */
export function stepCollector(previewBytes = STEP_PREVIEW_BYTES): { sink: TraceSink; steps: ExecutionStep[] } {
  const steps: ExecutionStep[] = [];
  const started = new Map<number, number>();
  const sink: TraceSink = {
    previewBytes,
    emit: (event: TraceEvent) => {
      if (event.type === 'node:started') started.set(event.nodeId, event.at);
      if (event.type !== 'node:finished') return;
      const start = started.get(event.nodeId) ?? event.at;
      steps.push({
        node_id: event.nodeId,
        module_id: event.moduleId,
        status: event.status,
        started_at: new Date(start).toISOString(),
        finished_at: new Date(event.at).toISOString(),
        duration_ms: event.durationMs,
        ...(event.error ? { error: event.error } : {}),
        ...(event.output ? { output: event.output } : {}),
        ...(event.dataPreview ? { data_preview: event.dataPreview } : {}),
      });
    },
  };
  return { sink, steps };
}

