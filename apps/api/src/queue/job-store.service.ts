import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, LessThan, LessThanOrEqual, Not, type FindOptionsWhere, type Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { JobEntity, type JobKind } from './job.entity';
import { PayloadEntity } from './payload.entity';
import { BRANCH_QUEUE, queueNameOf } from './queue-names';

export type EnqueueInput = { kind: JobKind; triggerId: string; workflowId: string; data: unknown; startNodeId?: number; executionId?: string };

/** Done jobs are only kept briefly (their execution is the record); failed ones longer, for inspection. */
const DONE_RETENTION_MS = 24 * 3_600_000;
const FAILED_RETENTION_MS = 7 * 24 * 3_600_000;
const FAILED_KEPT_AT_MOST = 1000;

/**
 * The jobs and payloads tables, which are the source of truth in both queue modes (decisions 0010, 0018):
 * BullMQ only carries a job's id. A job row moves pending → running → done | failed (or back to pending
 * for a retry).
 */
@Injectable()
export class JobStore {
  constructor(
    @InjectRepository(JobEntity) private readonly jobs: Repository<JobEntity>,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Payload and job in one transaction: when this returns, the job survives any crash. */
  async persist(input: EnqueueInput): Promise<JobEntity> {
    queueNameOf(input); // refuses a job no worker would take, before anything is written
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
    return job;
  }

  /** Takes back a job that was never acknowledged (its transport refused it). */
  async discard(job: JobEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(JobEntity, { id: job.id });
      await manager.delete(PayloadEntity, { id: job.payloadId });
    });
  }

  /**
   * Embedded mode: the oldest due job outside the saturated queues, or null. Two workers racing for one
   * job: only one conditional UPDATE matches.
   */
  async claimNext(workerId: string, saturated: ReadonlySet<string>): Promise<JobEntity | null> {
    const due = { status: 'pending' as const, runAfter: LessThanOrEqual(new Date()) };
    const busyTriggers = [...saturated].filter((q) => q !== BRANCH_QUEUE);
    const where: FindOptionsWhere<JobEntity>[] = [{ ...due, kind: 'trigger', ...(busyTriggers.length ? { triggerId: Not(In(busyTriggers)) } : {}) }];
    if (!saturated.has(BRANCH_QUEUE)) where.push({ ...due, kind: 'branch' });
    for (let tries = 0; tries < 5; tries++) {
      const candidate = await this.jobs.findOne({ where, order: { createdAt: 'ASC' } });
      if (!candidate) return null;
      const claimed = await this.jobs.update({ id: candidate.id, status: 'pending' }, { status: 'running', lockedBy: workerId, lockedAt: new Date(), attempts: candidate.attempts + 1 });
      if (claimed.affected === 1) return this.jobs.findOne({ where: { id: candidate.id } });
    }
    return null;
  }

  /**
   * Redis mode: BullMQ hands a job to exactly one worker (its lock), so a `running` row here is one whose
   * worker died and whose job BullMQ redelivered. A done or failed row (a duplicate delivery) is not run.
   */
  async claimById(id: string, workerId: string): Promise<JobEntity | null> {
    const claimed = await this.jobs.update(
      { id, status: In(['pending', 'running']) },
      { status: 'running', lockedBy: workerId, lockedAt: new Date(), attempts: () => 'attempts + 1' },
    );
    if (claimed.affected !== 1) return null;
    return this.jobs.findOne({ where: { id } });
  }

  async payload(job: JobEntity): Promise<{ found: boolean; data: unknown }> {
    const row = await this.dataSource.getRepository(PayloadEntity).findOne({ where: { id: job.payloadId } });
    return row ? { found: true, data: JSON.parse(row.content) as unknown } : { found: false, data: null };
  }

  async complete(job: JobEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(JobEntity, { id: job.id }, { status: 'done', lockedBy: null, lastError: null });
      await manager.delete(PayloadEntity, { id: job.payloadId });
    });
  }

  /** Back to pending (to be tried again after `runAfter`) or failed for good; the payload is kept either way. */
  async fail(job: JobEntity, error: string, outcome: { retryAt: Date } | 'failed'): Promise<void> {
    await this.jobs.update(
      { id: job.id },
      outcome === 'failed' ? { status: 'failed', lockedBy: null, lastError: error } : { status: 'pending', lockedBy: null, lastError: error, runAfter: outcome.retryAt },
    );
  }

  /**
   * Embedded mode: jobs left `running` by a process that died. With SQLite only this process uses the
   * file, so every one of them is orphaned; with PostgreSQL other workers may be busy, so only long-locked
   * ones are.
   */
  async recoverOrphans(staleAfterMs = 10 * 60_000): Promise<number> {
    const where = this.config.DATABASE_URL
      ? { status: 'running' as const, lockedAt: LessThan(new Date(Date.now() - staleAfterMs)) }
      : { status: 'running' as const };
    const result = await this.jobs.update(where, { status: 'pending', lockedBy: null });
    return result.affected ?? 0;
  }

  /** Redis mode: unfinished jobs older than `olderThan`, to check that Redis still knows them. */
  async unfinished(olderThan: Date, limit: number): Promise<JobEntity[]> {
    return this.jobs.find({ where: { status: In(['pending', 'running']), createdAt: LessThan(olderThan) }, order: { createdAt: 'ASC' }, take: limit });
  }

  /** Pending jobs per queue; every queue of `names` is present, 0 when empty. */
  async depthByQueue(names: readonly string[]): Promise<Record<string, number>> {
    const rows = await this.jobs
      .createQueryBuilder('j')
      .select('j.kind', 'kind')
      .addSelect('j.trigger_id', 'trigger')
      .addSelect('COUNT(*)', 'n')
      .where('j.status = :status', { status: 'pending' })
      .groupBy('j.kind')
      .addGroupBy('j.trigger_id')
      .getRawMany<{ kind: JobKind; trigger: string; n: string | number }>();
    const depth: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (const row of rows) {
      const name = row.kind === 'branch' ? BRANCH_QUEUE : row.trigger;
      depth[name] = (depth[name] ?? 0) + Number(row.n);
    }
    return depth;
  }

  /** Bounded retention: done jobs for a day, failed ones (with their payloads) for a week and at most 1000. */
  async prune(now = Date.now()): Promise<{ done: number; failed: number }> {
    const done = await this.jobs.delete({ status: 'done', createdAt: LessThan(new Date(now - DONE_RETENTION_MS)) });
    const old = await this.jobs.find({ select: { id: true, payloadId: true }, where: { status: 'failed', createdAt: LessThan(new Date(now - FAILED_RETENTION_MS)) } });
    const surplus = await this.jobs.find({ select: { id: true, payloadId: true }, where: { status: 'failed' }, order: { createdAt: 'DESC' }, skip: FAILED_KEPT_AT_MOST });
    const doomed = new Map([...old, ...surplus].map((j) => [j.id, j.payloadId]));
    const ids = [...doomed.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(JobEntity, { id: In(chunk) });
        await manager.delete(PayloadEntity, { id: In(chunk.map((id) => doomed.get(id) ?? '')) });
      });
    }
    return { done: done.affected ?? 0, failed: ids.length };
  }
}
