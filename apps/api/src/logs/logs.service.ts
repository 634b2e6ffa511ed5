import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { appendFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { FindOptionsWhere, Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { LogEntryEntity } from './log-entry.entity';

export type LogInput = { model: string; modelId: string; action: string; title: string; change?: string };
export type WorkflowRef = { id: string; triggerId: string };

const FLUSH_MS = 200;

/**
 * The application log (spec §8.1) and `workflow-execution.log` (§8.2). Entries are buffered and written in
 * batches, off the run's path; the buffer is flushed before the process stops, so nothing is lost on a
 * graceful shutdown.
 */
@Injectable()
export class LogsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('logs');
  private buffer: LogEntryEntity[] = [];
  private fileLines: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastCreated = 0;
  private readonly file: string;

  constructor(
    @InjectRepository(LogEntryEntity) private readonly repo: Repository<LogEntryEntity>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.file = join(resolve(config.DATA_DIR), 'workflow-execution.log');
  }

  write(input: LogInput): void {
    // Several entries of one run often share a millisecond; strictly increasing times keep "newest first" exact.
    this.lastCreated = Math.max(Date.now(), this.lastCreated + 1);
    const entry = { change: '', ...input };
    this.buffer.push(
      Object.assign(new LogEntryEntity(), {
        id: randomUUID(),
        created: new Date(this.lastCreated),
        email: 'SYSTEM',
        model: storable(entry.model, 80),
        modelId: storable(entry.modelId, 64),
        action: storable(entry.action, 80),
        title: storable(entry.title),
        change: storable(entry.change),
      }),
    );
    this.schedule();
  }

  /** A workflow message: application log (model Workflow, action execute_workflow) and the file log. */
  workflow(workflow: WorkflowRef, title: string): void {
    this.write({ model: 'Workflow', modelId: workflow.id, action: 'execute_workflow', title });
    this.fileLines.push(`[${timestamp(new Date())}] Workflow(${workflow.triggerId}:${workflow.id}). ${title}\n`);
    this.schedule();
  }

  async list(q: { page: number; limit: number; model?: string; action?: string; model_id?: string }) {
    await this.flush();
    const where: FindOptionsWhere<LogEntryEntity> = {};
    if (q.model) where.model = q.model;
    if (q.action) where.action = q.action;
    if (q.model_id) where.modelId = q.model_id;
    const [rows, total] = await this.repo.findAndCount({ where, order: { created: 'DESC' }, skip: (q.page - 1) * q.limit, take: q.limit });
    const data = rows.map((r) => ({ id: r.id, created: r.created.toISOString(), model: r.model, model_id: r.modelId, action: r.action, title: r.title, change: r.change, email: r.email }));
    return { data, page: q.page, limit: q.limit, total };
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.buffer;
    const lines = this.fileLines;
    this.buffer = [];
    this.fileLines = [];
    try {
      if (rows.length) await this.repo.insert(rows);
      if (lines.length) await appendFile(this.file, lines.join(''));
    } catch (error) {
      this.logger.error(`Could not write ${rows.length} log entries: ${String(error)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }
}

/**
 * Entries are inserted in batches, so one entry the database refuses would lose the whole batch. Some fields
 * come from the caller (the hook's `logging`) or from workflow data: NUL characters (PostgreSQL refuses them
 * in text) are dropped and the short columns are cut to their size.
 */
function storable(text: string, maxLength?: number): string {
  const clean = text.replaceAll('\u0000', '');
  return maxLength === undefined ? clean : clean.slice(0, maxLength);
}

/** MISP's `date('Y-m-d H:i:s')`, server local time. */
function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
