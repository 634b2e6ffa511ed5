import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { withTimeout } from './time-limits';

export type QueueStatus = { driver: 'embedded' | 'redis'; status: 'up' | 'down'; error?: string };

/** Reports whether the queue backend answers: the embedded queue lives in the DB, BullMQ needs Redis. */
@Injectable()
export class QueueHealthService implements OnModuleDestroy {
  private redis: Redis | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async status(): Promise<QueueStatus> {
    const url = this.config.REDIS_URL;
    if (!url) return { driver: 'embedded', status: 'up' };
    try {
      // No background reconnect loop: each health check after a failure starts a fresh connection.
      this.redis ??= new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: () => null });
      if (this.redis.status === 'wait') await this.redis.connect();
      await withTimeout(this.redis.ping(), 2_000);
      return { driver: 'redis', status: 'up' };
    } catch (error) {
      this.redis?.disconnect();
      this.redis = null;
      return { driver: 'redis', status: 'down', error: error instanceof Error ? error.message : String(error) };
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) this.redis.disconnect();
  }
}
