import { Injectable } from '@nestjs/common';
import type { RunAnswer } from '@misp-wf/contracts';
import { findTriggerDefinition } from '@misp-wf/engine';
import { ApiError } from '../common/errors/api-error';
import { LogsService } from '../logs/logs.service';
import { JobQueueService } from '../queue/job-queue.service';
import { BlockingRunsService } from '../runs/blocking-runs.service';
import { WorkflowRunnerService } from '../runs/workflow-runner.service';
import { SettingsService } from '../settings/settings.service';
import { ReentryGuardService } from './reentry/reentry-guard.service';

export type DispatchInput = { triggerId: string; data: unknown; preNormalized?: boolean };

export type DispatchResult =
  | { kind: 'not-callable'; blocking: boolean }
  | { kind: 'reentrant'; blocking: boolean; depth: number; key: string }
  | { kind: 'ran'; result: RunAnswer }
  | { kind: 'queued'; executionId: string };

/** The blocking deadline plus room to record the run: the lease never outlives a stuck process for long. */
const LEASE_MARGIN_MS = 5000;

/**
 * What MISP firing a trigger does here, whichever surface it came through (the hook of contract §5 or the
 * misp-modules `/query` of §6): nothing when no workflow listens, nothing when it is our own callback coming
 * back (decision 0019), a run in this request for a blocking trigger, a queued job otherwise.
 */
@Injectable()
export class TriggerDispatchService {
  constructor(
    private readonly runner: WorkflowRunnerService,
    private readonly queue: JobQueueService,
    private readonly guard: ReentryGuardService,
    private readonly blockingRuns: BlockingRunsService,
    private readonly settings: SettingsService,
    private readonly logs: LogsService,
  ) {}

  async dispatch(input: DispatchInput): Promise<DispatchResult> {
    const trigger = findTriggerDefinition(input.triggerId);
    if (!trigger) throw new ApiError('not_found', `Unknown trigger \`${input.triggerId}\``);
    const workflow = await this.runner.callableWorkflow(trigger.id);
    if (!workflow) return { kind: 'not-callable', blocking: trigger.blocking };
    const key = this.guard.keyFor(trigger.id, input.data);
    const ref = { id: workflow.id, triggerId: trigger.id };

    if (!trigger.blocking) {
      const admitted = await this.guard.admitsQueued(key);
      if (!admitted.allowed && key !== null) return this.skipped(ref, false, admitted.depth, key);
      const { executionId } = await this.queue.enqueue({ kind: 'trigger', triggerId: trigger.id, workflowId: workflow.id, data: input.data });
      return { kind: 'queued', executionId };
    }

    const ttlMs = Number(await this.settings.get('Plugin.Workflow_blocking_timeout')) * 1000 + LEASE_MARGIN_MS;
    const entered = await this.guard.enter(key, ttlMs);
    if (!entered.allowed) return this.skipped(ref, true, entered.depth, entered.key);
    try {
      const result = await this.blockingRuns.track(() => this.runner.run({ workflow, rawData: input.data, source: 'hook', preNormalized: input.preNormalized }));
      return { kind: 'ran', result };
    } finally {
      // MISP calls a blocking trigger synchronously, so its echo can only arrive while we run: no grace.
      await entered.lease.release(0);
    }
  }

  private skipped(ref: { id: string; triggerId: string }, blocking: boolean, depth: number, key: string): DispatchResult {
    this.logs.workflow(ref, `Skipped re-entrant call of trigger \`${ref.triggerId}\` for \`${key.slice(ref.triggerId.length + 1)}\`: ${depth} run(s) of it already in progress or just finished (limit ${this.guard.maxDepth})`);
    return { kind: 'reentrant', blocking, depth, key };
  }
}
