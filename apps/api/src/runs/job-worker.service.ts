import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { JobQueueService } from '../queue/job-queue.service';
import type { JobEntity } from '../queue/job.entity';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { WorkflowRunnerService } from './workflow-runner.service';

/** Queued runs have no MISP request waiting on them, so they get a longer deadline than blocking ones. */
const QUEUED_RUN_DEADLINE_MS = 5 * 60_000;
const IDLE_POLL_MS = 500;

/**
 * Runs queued jobs in this process (unless `WORKER=false`), one at a time. On start it puts back jobs a
 * dead process left running; on shutdown it finishes the job in hand before the process exits.
 */
@Injectable()
export class JobWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');
  private readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly queue: JobQueueService,
    private readonly runner: WorkflowRunnerService,
    @InjectRepository(WorkflowEntity) private readonly workflows: Repository<WorkflowEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER) return;
    const recovered = await this.queue.recoverOrphans();
    if (recovered) this.logger.warn(`Re-queued ${recovered} job(s) left running by a stopped process`);
    this.running = true;
    this.queue.events.on('enqueued', this.onEnqueued);
    this.loop = this.work();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.queue.events.off('enqueued', this.onEnqueued);
    this.wake?.();
    await this.loop;
  }

  private readonly onEnqueued = (): void => this.wake?.();

  private async work(): Promise<void> {
    while (this.running) {
      const job = await this.queue.claim(this.id).catch((error: unknown) => {
        this.logger.error(`Could not claim a job: ${String(error)}`);
        return null;
      });
      if (job) await this.process(job);
      else await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async process(job: JobEntity): Promise<void> {
    try {
      const workflow = await this.workflows.findOne({ where: { id: job.workflowId } });
      if (!workflow) {
        await this.queue.fail(Object.assign(job, { attempts: Number.MAX_SAFE_INTEGER }), `Workflow ${job.workflowId} no longer exists`);
        return;
      }
      const data = await this.queue.payload(job);
      if (job.kind === 'branch' && job.startNodeId !== null) {
        await this.runner.runBranch({ workflow, startNodeId: job.startNodeId, data, executionId: job.executionId, deadlineMs: QUEUED_RUN_DEADLINE_MS });
      } else {
        await this.runner.run({ workflow, rawData: data, source: 'queue', executionId: job.executionId, deadlineMs: QUEUED_RUN_DEADLINE_MS });
      }
      await this.queue.complete(job);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Job ${job.id} failed: ${message}`);
      await this.queue.fail(job, message).catch(() => undefined);
    }
  }
}
