import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { SettingsService } from '../settings/settings.service';
import { ExecutionEntity } from './execution.entity';

const EVERY_MS = 60 * 60_000;

/** Deletes execution records older than `Plugin.Workflow_execution_retention_days`, hourly, on worker processes. */
@Injectable()
export class ExecutionRetentionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('retention');
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    @InjectRepository(ExecutionEntity) private readonly repo: Repository<ExecutionEntity>,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.WORKER) return;
    this.timer = setInterval(() => void this.purge().catch((e: unknown) => this.logger.error(String(e))), EVERY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many records were deleted. */
  async purge(now = new Date()): Promise<number> {
    const days = Number(await this.settings.get('Plugin.Workflow_execution_retention_days'));
    const cutoff = new Date(now.getTime() - days * 24 * 60 * 60_000);
    const result = await this.repo.delete({ startedAt: LessThan(cutoff) });
    const deleted = result.affected ?? 0;
    if (deleted) this.logger.log(`Deleted ${deleted} execution record(s) older than ${days} day(s)`);
    return deleted;
  }
}
