import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { DataSource, LessThan, LessThanOrEqual, type Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { JobEntity, type JobKind } from './job.entity';
import { PayloadEntity } from './payload.entity';

export type EnqueueInput = { kind: JobKind; triggerId: string; workflowId: string; data: unknown; startNodeId?: number; executionId?: string };

const MAX_ATTEMPTS = 3;

/**
 * The embedded durable queue (decision 0010): jobs and their payloads live in the database, written in one
 * transaction before the hook answers 202, so a job survives a crash of the process. Workers claim jobs
 * with a conditional UPDATE, which is safe on SQLite and on PostgreSQL with several processes.
 */
@Injectable()
export class JobQueueService {
  /** Emits `enqueued` so a worker in this process starts at once instead of at its next poll. */
  readonly events = new EventEmitter();

  constructor(
    @InjectRepository(JobEntity) private readonly jobs: Repository<JobEntity>,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(input: EnqueueInput): Promise<{ jobId: string; executionId: string }> {
    const now = new Date();
    const payloadId = randomUUID();
    const job: JobEntity = Object.assign(new JobEntity(), {
      id: randomUUID(),
      kind: input.kind,
      triggerId: input.triggerId,
      workflowId: input.workflowId,
      startNodeId: input.startNodeId ?? null,
      payloadId,
      executionId: input.executionId ?? randomUUID(),
      status: 'pending',
      attempts: 0,
      runAfter: now,
      lockedBy: null,
      lockedAt: null,
      lastError: null,
      createdAt: now,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PayloadEntity, { id: payloadId, content: JSON.stringify(input.data ?? null), createdAt: now });
      await manager.insert(JobEntity, job);
    });
    this.events.emit('enqueued');
    return { jobId: job.id, executionId: job.executionId };
  }

  /** Takes the oldest due job, or null. Two workers racing for one job: only one UPDATE matches. */
  async claim(workerId: string): Promise<JobEntity | null> {
    for (let tries = 0; tries < 5; tries++) {
      const candidate = await this.jobs.findOne({ where: { status: 'pending', runAfter: LessThanOrEqual(new Date()) }, order: { createdAt: 'ASC' } });
      if (!candidate) return null;
      const claimed = await this.jobs.update({ id: candidate.id, status: 'pending' }, { status: 'running', lockedBy: workerId, lockedAt: new Date(), attempts: candidate.attempts + 1 });
      if (claimed.affected === 1) return this.jobs.findOne({ where: { id: candidate.id } });
    }
    return null;
  }

  async payload(job: JobEntity): Promise<unknown> {
    const row = await this.dataSource.getRepository(PayloadEntity).findOne({ where: { id: job.payloadId } });
    return row ? (JSON.parse(row.content) as unknown) : null;
  }

  async complete(job: JobEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(JobEntity, { id: job.id }, { status: 'done', lockedBy: null });
      await manager.delete(PayloadEntity, { id: job.payloadId });
    });
  }

  /** A crash inside the platform (not a workflow failure): retried with backoff, then kept as failed. */
  async fail(job: JobEntity, error: string): Promise<void> {
    const retry = job.attempts < MAX_ATTEMPTS;
    await this.jobs.update(
      { id: job.id },
      { status: retry ? 'pending' : 'failed', lockedBy: null, lastError: error, runAfter: new Date(Date.now() + 1000 * 2 ** job.attempts) },
    );
  }

  /**
   * Jobs left `running` by a process that died. With SQLite only this process uses the file, so every one
   * of them is orphaned; with PostgreSQL other workers may be busy, so only long-locked ones are.
   */
  async recoverOrphans(staleAfterMs = 10 * 60_000): Promise<number> {
    const where = this.config.DATABASE_URL
      ? { status: 'running' as const, lockedAt: LessThan(new Date(Date.now() - staleAfterMs)) }
      : { status: 'running' as const };
    const result = await this.jobs.update(where, { status: 'pending', lockedBy: null });
    return result.affected ?? 0;
  }

  async depth(): Promise<number> {
    return this.jobs.count({ where: { status: 'pending' } });
  }
}
