import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { Public } from '../common/auth/auth.decorators';
import { ApiError } from '../common/errors/api-error';
import { databaseDriver } from '../database/data-source-options';
import { QueueHealthService } from '../queue/queue-health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueHealthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness with database and queue status; 503 when a dependency is down' })
  async health() {
    const [db, queue] = await Promise.all([this.database(), this.queue.status()]);
    const body = { status: 'ok' as const, version: process.env.npm_package_version ?? '0.1.0', db, queue };
    if (db.status === 'down' || queue.status === 'down') {
      throw new ApiError('dependency_down', 'A dependency of the platform is down', { db, queue });
    }
    return body;
  }

  private async database() {
    const driver = databaseDriver(this.config);
    try {
      await this.dataSource.query('SELECT 1');
      return { driver, status: 'up' as const };
    } catch (error) {
      return { driver, status: 'down' as const, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
