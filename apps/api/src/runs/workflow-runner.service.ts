import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RunAnswer } from '@misp-wf/contracts';
import { convertToCoreFormat, findTriggerDefinition, parseGraph, runWorkflow, walkGraph, type EnginePorts, type Normalizer, type RoamingRecord, type TraceSink, type WalkResult, type WorkflowGraph } from '@misp-wf/engine';
import { createDebugPoster } from '../debug/debug-poster';
import { postDebug } from '../debug/debug-http';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { stepCollector } from '../executions/execution-step';
import { ExecutionEntity } from '../executions/execution.entity';
import { ExecutionsService } from '../executions/executions.service';
import { ModuleRegistryService } from '../modules/module-registry.service';
import { JobQueueService } from '../queue/job-queue.service';
import { LogsService } from '../logs/logs.service';
import { LiveTraceService } from '../live/live-trace.service';
import { MetricsService } from '../metrics/metrics.service';
import type { ExecutionStep } from '../executions/execution-step';
import { SettingsService } from '../settings/settings.service';
import { WorkflowEntity } from '../workflows/workflow.entity';

/** Runs a stored workflow through the engine, under the blocking deadline, and records the execution. */
@Injectable()
export class WorkflowRunnerService {
  private readonly graphs = new Map<string, { version: string; graph: WorkflowGraph }>();

  constructor(
    @InjectRepository(WorkflowEntity) private readonly workflows: Repository<WorkflowEntity>,
    private readonly registry: ModuleRegistryService,
    private readonly executions: ExecutionsService,
    private readonly settings: SettingsService,
    private readonly queue: JobQueueService,
    private readonly logs: LogsService,
    private readonly live: LiveTraceService,
    private readonly metrics: MetricsService,
  ) {}

  /** MISP's `isTriggerCallable` (spec §3.1): workflows on, the trigger on, and a workflow listening. */
  async callableWorkflow(triggerId: string): Promise<WorkflowEntity | null> {
    const settings = await this.settings.getMap();
    if (settings['Plugin.Workflow_enable'] !== true) return null;
    if (settings[`Plugin.Workflow_triggers_${triggerId}`] !== true) return null;
    return this.workflows.findOne({ where: { triggerId } });
  }

  /**
   * One run of a workflow for its trigger. `deadlineMs` defaults to `Plugin.Workflow_blocking_timeout`;
   * queued runs pass their own.
   */
  async run(args: { workflow: WorkflowEntity; rawData: unknown; source: RunSource; executionId?: string; deadlineMs?: number; preNormalized?: boolean }): Promise<RunAnswer> {
    const { workflow, rawData, source } = args;
    const trigger = findTriggerDefinition(workflow.triggerId);
    if (!trigger) throw new ApiError('not_found', `Unknown trigger \`${workflow.triggerId}\``);
    const graph = this.graphOf(workflow);
    await this.workflows.increment({ id: workflow.id }, 'counter', 1);
    const executionId = args.executionId ?? randomUUID();
    const deadlineMs = args.deadlineMs ?? Number(await this.settings.get('Plugin.Workflow_blocking_timeout')) * 1000;
    const normalize: Normalizer = async (raw) => {
      if (args.preNormalized && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return { ok: true, data: raw as RoamingRecord };
      const converted = await convertToCoreFormat(trigger.id, raw);
      return converted.ok ? { ok: true, data: converted.data } : { ok: false, error: converted.error.message.replace(/^Error while normalizing data for trigger\. /, '') };
    };
    return this.withDeadline({ workflow, triggerId: trigger.id, source, executionId, deadlineMs, graph }, async (ports, signal, debug) => {
      const result = await runWorkflow({
        graph,
        workflow: { id: workflow.id, name: workflow.name },
        trigger: { id: trigger.id, blocking: trigger.blocking },
        rawData,
        normalize: async (raw) => {
          const normalized = await normalize(raw);
          if (normalized.ok) debug?.init(trigger.blocking ? 'blocking' : 'non-blocking', raw, normalized.data);
          return normalized;
        },
        ports,
        signal,
        nodeTimeoutMs: deadlineMs,
        executionId,
      });
      return { success: result.success, outcome: result.outcome, outcomeText: result.outcomeText, errors: result.errors, walk: result.walk };
    });
  }

  /** A concurrent-task branch (spec §3.6): a non-blocking walk from the node after the concurrent task. */
  async runBranch(args: { workflow: WorkflowEntity; startNodeId: number; data: unknown; executionId: string; deadlineMs: number }): Promise<RunAnswer> {
    const { workflow, startNodeId, executionId, deadlineMs } = args;
    const graph = this.graphOf(workflow);
    const data: RoamingRecord = typeof args.data === 'object' && args.data !== null && !Array.isArray(args.data) ? (args.data as RoamingRecord) : {};
    return this.withDeadline({ workflow, triggerId: workflow.triggerId, source: 'branch', executionId, deadlineMs, graph }, async (ports, signal) => {
      const walked = await walkGraph({ graph, workflow: { id: workflow.id, name: workflow.name }, startNodeId, pathType: 'non-blocking', data, ports, signal, nodeTimeoutMs: deadlineMs, executionId });
      const outcome = walked.success ? 'success' : walked.blockedByModule ? 'blocked' : 'failure';
      return { success: walked.success, outcome, outcomeText: outcome, errors: walked.errors, walk: walked.walk };
    });
  }

  /**
   * The parsed graph of this workflow version. Parsing copies the graph, so it is done once per saved
   * version rather than per run; reusing the same object also lets the engine's per-graph walk plan hit.
   */
  private graphOf(workflow: WorkflowEntity): WorkflowGraph {
    const version = `${workflow.id}:${workflow.updatedAt.getTime()}`;
    const cached = this.graphs.get(workflow.id);
    if (cached && cached.version === version) return cached.graph;
    const parsed = parseGraph(JSON.parse(workflow.data));
    if (!parsed.ok) throw new ApiError('invalid_graph', `Stored graph is invalid: ${parsed.errors[0]}`);
    if (this.graphs.size >= 1000) this.graphs.clear();
    this.graphs.set(workflow.id, { version, graph: parsed.graph });
    return parsed.graph;
  }

  private async withDeadline(
    meta: { workflow: WorkflowEntity; triggerId: string; source: RunSource; executionId: string; deadlineMs: number; graph: WorkflowGraph },
    body: (ports: EnginePorts, signal: AbortSignal, debug: DebugHooks | null) => Promise<{ success: boolean; outcome: RunAnswer['outcome']; outcomeText: string; errors: string[]; walk: WalkResult }>,
  ): Promise<RunAnswer> {
    const ref = { id: meta.workflow.id, triggerId: meta.triggerId };
    const debug = meta.workflow.debugEnabled && meta.source !== 'branch';
    if (debug) this.logs.workflow(ref, `Started executing workflow for trigger \`${meta.triggerId}\` (${meta.workflow.id})`);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), meta.deadlineMs);
    const { sink, steps } = stepCollector();
    const started = new Date();
    // Live watchers (contract §7) get the run's events without the run waiting on them.
    const live = this.live.begin({ executionId: meta.executionId, workflowId: meta.workflow.id, triggerId: meta.triggerId });
    const debugPoster = meta.workflow.debugEnabled
      ? createDebugPoster({ baseUrl: String(await this.settings.get('Plugin.Workflow_debug_url')), triggerId: meta.triggerId, graph: meta.graph, post: postDebug })
      : null;
    const trace: TraceSink = live.sink(debugPoster
      ? {
          previewBytes: sink.previewBytes,
          includeData: true,
          emit: (event) => {
            sink.emit(event);
            if (event.type === 'node:finished') debugPoster.node(event);
          },
        }
      : sink);
    const ports: EnginePorts = {
      resolveModule: await this.registry.resolver(),
      trace,
      // Every engine message is an error MISP always logs (spec §8.1).
      log: (e) => this.logs.workflow(ref, e.message),
      enqueueBranch: async (job) => {
        await this.queue.enqueue({ kind: 'branch', triggerId: meta.triggerId, workflowId: meta.workflow.id, startNodeId: job.startNodeId, data: job.data });
      },
    };
    const result = await body(ports, deadline.signal, debugPoster)
      .catch((error: unknown) => {
        live.fail(error);
        throw error;
      })
      .finally(() => clearTimeout(timer));
    if (debugPoster && meta.source !== 'branch') debugPoster.end(timedOutOutcome(deadline.signal.aborted, result.outcome), result.walk);
    const timedOut = deadline.signal.aborted;
    const errors = timedOut ? [...result.errors, `Workflow exceeded its deadline (${Math.round(meta.deadlineMs / 1000)} s)`] : result.errors;
    const answer: RunAnswer = { success: result.success && !timedOut, outcome: timedOut ? 'failure' : result.outcome, errors, execution_id: meta.executionId };
    if (meta.source === 'branch' && !answer.success) {
      this.logs.workflow(ref, `Error while executing workflow concurrent task. \n${answer.errors.join(', ')}`);
    }
    if (debug) this.logs.workflow(ref, `Finished executing workflow for trigger \`${meta.triggerId}\` (${meta.workflow.id}). Outcome: ${answer.outcome}`);
    await this.record(meta, answer, timedOut ? 'failure' : result.outcomeText, steps, started);
    // After the record: a watcher that fetches the execution on `execution:finished` finds it (queued runs store it first).
    live.finish(answer.outcome, answer.errors);
    this.metrics.runFinished({ triggerId: meta.triggerId, outcome: answer.outcome, source: meta.source, durationMs: Date.now() - started.getTime() });
    return answer;
  }

  private async record(
    meta: { workflow: WorkflowEntity; triggerId: string; source: RunSource; executionId: string },
    answer: RunAnswer,
    outcomeText: string,
    steps: ExecutionStep[],
    started: Date,
  ): Promise<void> {
    const finished = new Date();
    await this.executions.record(
      Object.assign(new ExecutionEntity(), {
        id: meta.executionId,
        workflowId: meta.workflow.id,
        triggerId: meta.triggerId,
        source: meta.source,
        outcome: answer.outcome,
        outcomeText,
        success: answer.success,
        errors: JSON.stringify(answer.errors),
        steps: JSON.stringify(steps),
        startedAt: started,
        finishedAt: finished,
        durationMs: finished.getTime() - started.getTime(),
      }),
      // A queued job is only marked done once its record is stored.
      meta.source === 'queue' || meta.source === 'branch',
    );
  }
}

export type RunSource = 'hook' | 'manual' | 'queue' | 'branch';

type DebugHooks = ReturnType<typeof createDebugPoster>;

function timedOutOutcome(timedOut: boolean, outcome: RunAnswer['outcome']): RunAnswer['outcome'] {
  return timedOut ? 'failure' : outcome;
}
