import type { LiveOutcome, LiveTraceEventName, LiveTracePayloads } from '@misp-wf/contracts';
import type { TraceEvent, TraceSink } from '@misp-wf/engine';
import { executionRoom, workflowRoom } from './live-rooms';

/** One event on its way to the rooms of its workflow and execution. */
export type LiveEnvelope = { [K in LiveTraceEventName]: { rooms: string[]; name: K; payload: LiveTracePayloads[K] } }[LiveTraceEventName];

export type LiveRunMeta = { executionId: string; workflowId: string; triggerId: string };

/**
 * The live trace of one execution: numbers its events 1, 2, 3… in the order the run produces them and hands
 * them to the publisher. Nothing here may throw into the run, and nothing is published after
 * `execution:finished` (a node that outlives the deadline stays silent).
 */
export class LiveRun {
  private seq = 0;
  private finished = false;
  private readonly rooms: string[];
  private readonly startedAt = Date.now();

  constructor(
    private readonly meta: LiveRunMeta,
    private readonly publish: (envelope: LiveEnvelope) => void,
  ) {
    this.rooms = [workflowRoom(meta.workflowId), executionRoom(meta.executionId)];
    this.send({
      rooms: this.rooms,
      name: 'execution:started',
      payload: { execution_id: meta.executionId, workflow_id: meta.workflowId, trigger_id: meta.triggerId, seq: this.next(), at: new Date(this.startedAt).toISOString() },
    });
  }

  /** `base` (the run's own sink: steps, debug posts) plus the live feed; `base` keeps its preview settings. */
  sink(base: TraceSink): TraceSink {
    return {
      ...base,
      emit: (event) => {
        base.emit(event);
        try {
          this.node(event);
        } catch {
          // Live traces are best effort: nothing here may fail the run.
        }
      },
    };
  }

  finish(outcome: LiveOutcome, errors: string[]): void {
    if (this.finished) return;
    this.send({
      rooms: this.rooms,
      name: 'execution:finished',
      payload: { execution_id: this.meta.executionId, outcome, errors, duration_ms: Date.now() - this.startedAt, seq: this.next() },
    });
    this.finished = true;
  }

  /** The run threw (a platform fault, not a workflow failure): watchers still see it end. */
  fail(error: unknown): void {
    this.finish('failure', [error instanceof Error ? error.message : String(error)]);
  }

  /** Engine `run:*` events are not forwarded: the runner's own start/finish carry the trigger and the deadline's verdict. */
  private node(event: TraceEvent): void {
    if (this.finished) return;
    const { executionId } = this.meta;
    if (event.type === 'node:started') {
      this.send({
        rooms: this.rooms,
        name: 'node:started',
        payload: { execution_id: executionId, node_id: event.nodeId, module_id: event.moduleId, seq: this.next(), at: new Date(event.at).toISOString() },
      });
    } else if (event.type === 'node:finished') {
      this.send({
        rooms: this.rooms,
        name: 'node:finished',
        payload: {
          execution_id: executionId,
          node_id: event.nodeId,
          module_id: event.moduleId,
          status: event.status,
          duration_ms: event.durationMs,
          ...(event.error !== undefined ? { error: event.error } : {}),
          ...(event.dataPreview !== undefined ? { data_preview: event.dataPreview } : {}),
          seq: this.next(),
        },
      });
    }
  }

  private next(): number {
    this.seq += 1;
    return this.seq;
  }

  private send(envelope: LiveEnvelope): void {
    try {
      this.publish(envelope);
    } catch {
      // Live traces are best effort: a publishing fault never reaches the run.
    }
  }
}
