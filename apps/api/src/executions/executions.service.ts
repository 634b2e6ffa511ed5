import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, LessThanOrEqual, MoreThanOrEqual, type FindOptionsWhere, type Repository } from 'typeorm';
import type { ExecutionDetail, ExecutionSummary, Page } from '@misp-wf/contracts';
import { ApiError } from '../common/errors/api-error';
import type { ExecutionStep } from './execution-step';
import { ExecutionEntity } from './execution.entity';

/** `from`/`to` bound `started_at`, both inclusive. */
export type ExecutionQuery = { workflow_id?: string; trigger_id?: string; outcome?: string; from?: Date; to?: Date; page: number; limit: number };

const FLUSH_MS = 50;

/**
 * Execution records. A blocking run answers MISP before its record is written: records are buffered and
 * inserted in batches, and the buffer is flushed before the process stops (nothing lost on a graceful
 * shutdown). Reads flush first, so a client never misses its own run.
 */
@Injectable()
export class ExecutionsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('executions');
  private buffer: ExecutionEntity[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** Handed over and not yet stored (buffered or being inserted): `/metrics` reports the recording lag. */
  private readonly unstored = new Set<ExecutionEntity>();

  constructor(@InjectRepository(ExecutionEntity) private readonly repo: Repository<ExecutionEntity>) {}

  /** Queues the record; `durable` waits until it is in the database (queued jobs, before they complete). */
  async record(row: ExecutionEntity, durable = false): Promise<void> {
    this.buffer.push(row);
    this.unstored.add(row);
    if (durable) return this.flush();
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (!rows.length) return;
      try {
        await this.repo.insert(rows);
      } catch (error) {
        this.logger.error(`Could not record ${rows.length} execution(s): ${String(error)}`);
      } finally {
        for (const row of rows) this.unstored.delete(row);
      }
    });
    return this.flushing;
  }

  /** Records not yet in the database and how long ago the oldest of them finished. */
  backlog(now = Date.now()): { records: number; oldestMs: number } {
    let oldest = now;
    for (const row of this.unstored) oldest = Math.min(oldest, row.finishedAt.getTime());
    return { records: this.unstored.size, oldestMs: now - oldest };
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  async list(q: ExecutionQuery): Promise<Page<ExecutionSummary>> {
    await this.flush();
    const where: FindOptionsWhere<ExecutionEntity> = {};
    if (q.workflow_id) where.workflowId = q.workflow_id;
    if (q.trigger_id) where.triggerId = q.trigger_id;
    if (q.outcome) where.outcome = q.outcome;
    if (q.from && q.to) where.startedAt = Between(q.from, q.to);
    else if (q.from) where.startedAt = MoreThanOrEqual(q.from);
    else if (q.to) where.startedAt = LessThanOrEqual(q.to);
    const [rows, total] = await this.repo.findAndCount({ where, order: { startedAt: 'DESC' }, skip: (q.page - 1) * q.limit, take: q.limit });
    return { data: rows.map(toSummary), page: q.page, limit: q.limit, total };
  }

  async get(id: string): Promise<ExecutionDetail> {
    await this.flush();
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw new ApiError('not_found', `Execution ${id} not found`);
    return { ...toSummary(row), steps: JSON.parse(row.steps) as ExecutionStep[] };
  }
}

function toSummary(row: ExecutionEntity): ExecutionSummary {
  return {
    id: row.id,
    workflow_id: row.workflowId,
    trigger_id: row.triggerId,
    source: row.source,
    outcome: row.outcome,
    outcome_text: row.outcomeText,
    success: row.success,
    errors: JSON.parse(row.errors) as string[],
    started_at: row.startedAt.toISOString(),
    finished_at: row.finishedAt.toISOString(),
    duration_ms: row.durationMs,
  };
}
