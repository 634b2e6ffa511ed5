import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ExecutionsService } from '../executions/executions.service';
import { LiveTraceService } from '../live/live-trace.service';
import { JobQueueService } from '../queue/job-queue.service';

export type FinishedRun = { triggerId: string; outcome: string; source: string; durationMs: number };

/** Run durations span a few ms (an IF on a small event) to minutes (a queued run calling slow services). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * The process's Prometheus metrics (decision 0021). A registry per app instance rather than prom-client's
 * global one, so several apps in one process (the tests) do not collide. Gauges that need a lookup (queue
 * depth, recording lag) are read when scraped, never on the path of a run.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('metrics');
  readonly registry = new Registry();
  private readonly runs: Counter<'trigger_id' | 'outcome' | 'source'>;
  private readonly durations: Histogram<'trigger_id' | 'outcome'>;

  constructor(
    private readonly queue: JobQueueService,
    private readonly executions: ExecutionsService,
    private readonly live: LiveTraceService,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.runs = new Counter({
      name: 'mwp_workflow_runs_total',
      help: 'Workflow runs by trigger, outcome (success, blocked, failure) and source (hook, manual, queue, branch)',
      labelNames: ['trigger_id', 'outcome', 'source'],
      registers,
    });
    this.durations = new Histogram({
      name: 'mwp_workflow_run_duration_seconds',
      help: 'Duration of workflow runs, from start to recorded outcome',
      labelNames: ['trigger_id', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    const queueDepth: Gauge<'queue'> = new Gauge({
      name: 'mwp_queue_depth',
      help: 'Queued runs waiting for a worker, per queue (one per non-blocking trigger, plus concurrent-task branches)',
      labelNames: ['queue'],
      registers,
      collect: async () => {
        try {
          for (const [queue, depth] of Object.entries(await this.queue.depthByQueue())) queueDepth.set({ queue }, depth);
        } catch (error) {
          // A failed lookup leaves the last value; the scrape itself still answers.
          this.logger.warn(`Could not read the queue depth: ${String(error)}`);
        }
      },
    });
    const pendingRecords: Gauge = new Gauge({
      name: 'mwp_execution_records_pending',
      help: 'Execution records of this process not yet written to the database',
      registers,
      collect: () => pendingRecords.set(this.executions.backlog().records),
    });
    const recordingLag: Gauge = new Gauge({
      name: 'mwp_execution_recording_lag_seconds',
      help: 'Age of the oldest execution record of this process not yet written to the database (0 when none)',
      registers,
      collect: () => recordingLag.set(this.executions.backlog().oldestMs / 1000),
    });
    const liveClients: Gauge = new Gauge({
      name: 'mwp_live_clients',
      help: 'socket.io clients connected to this process for live traces',
      registers,
      collect: () => liveClients.set(this.live.clientCount()),
    });
    const droppedClients: Gauge = new Gauge({
      name: 'mwp_live_dropped_clients',
      help: 'Live-trace clients disconnected since start because they did not read their events',
      registers,
      collect: () => droppedClients.set(this.live.stats.dropped_clients),
    });
  }

  /** Called once per finished run by the runner; cheap and never throws into the run. */
  runFinished(run: FinishedRun): void {
    try {
      this.runs.inc({ trigger_id: run.triggerId, outcome: run.outcome, source: run.source });
      this.durations.observe({ trigger_id: run.triggerId, outcome: run.outcome }, run.durationMs / 1000);
    } catch (error) {
      this.logger.warn(`Could not count a run: ${String(error)}`);
    }
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
