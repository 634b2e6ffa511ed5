import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ReentryGuardService } from '../hooks/reentry/reentry-guard.service';
import { PermanentJobError } from '../queue/job-errors';
import { JobStore } from '../queue/job-store.service';
import type { JobEntity } from '../queue/job.entity';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { WorkflowRunnerService } from './workflow-runner.service';

/** Queued runs have no MISP request waiting on them, so they get a longer deadline than blocking ones. */
export const QUEUED_RUN_DEADLINE_MS = 5 * 60_000;

/**
 * Runs one claimed job, whichever transport delivered it. Throws only when the platform could not run it:
 * a `PermanentJobError` when trying again cannot help, anything else is retried. A workflow's own outcome
 * (failure, blocked, deadline) is a recorded execution and returns normally.
 */
@Injectable()
export class JobProcessor {
  constructor(
    private readonly store: JobStore,
    private readonly runner: WorkflowRunnerService,
    private readonly guard: ReentryGuardService,
    @InjectRepository(WorkflowEntity) private readonly workflows: Repository<WorkflowEntity>,
  ) {}

  async execute(job: JobEntity): Promise<void> {
    const workflow = await this.workflows.findOne({ where: { id: job.workflowId } });
    if (!workflow) throw new PermanentJobError(`Workflow ${job.workflowId} no longer exists`);
    const payload = await this.store.payload(job);
    if (!payload.found) throw new PermanentJobError(`The payload of job ${job.id} is missing`);
    // Held while the run calls MISP back, and a little after, so MISP re-firing this trigger for the same
    // subject is recognised as our own echo (decision 0019).
    const lease = await this.guard.hold(this.guard.keyFor(job.triggerId, payload.data), QUEUED_RUN_DEADLINE_MS + 60_000);
    try {
      if (job.kind === 'branch' && job.startNodeId !== null) {
        await this.runner.runBranch({ workflow, startNodeId: job.startNodeId, data: payload.data, executionId: job.executionId, deadlineMs: QUEUED_RUN_DEADLINE_MS });
      } else {
        await this.runner.run({ workflow, rawData: payload.data, source: 'queue', executionId: job.executionId, deadlineMs: QUEUED_RUN_DEADLINE_MS });
      }
    } finally {
      await lease.release(this.guard.graceMs);
    }
  }
}
