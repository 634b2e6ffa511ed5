import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../../config/app-config.schema';
import { APP_CONFIG } from '../../config/app-config.token';
import { redisUrlOptions } from '../../queue/redis-queues.service';
import { MemoryReentryStore, type ReentryStore } from './reentry-store';
import { RedisReentryStore } from './redis-reentry-store';
import { reentryKey } from './reentry-subject';

/** A run's hold on its key; `release` is safe to call once, and never throws. */
export type GuardLease = { release: (graceMs?: number) => Promise<void> };

export type GuardDecision = { allowed: true; lease: GuardLease } | { allowed: false; depth: number; key: string };

const NO_LEASE: GuardLease = { release: async () => undefined };

/**
 * The hook nesting guard (decision 0019). Our own action modules call MISP back, and MISP fires triggers for
 * those changes, which call us again: synchronously for blocking triggers (`publish-event` inside an
 * `event-publish` workflow recurses without end in MISP, spec §3.11), later for non-blocking ones. Every run
 * holds a lease on `trigger:subject` while it is in flight (a queued run's lease lingers a grace period
 * after it ends, `HOOK_REENTRY_GRACE_MS`); a hook that finds `HOOK_MAX_DEPTH` live leases on its key is
 * not run. Leases live in Redis with `REDIS_URL` (seen by every process), else in this process.
 * The guard fails open: if its store is unreachable the run goes ahead.
 */
@Injectable()
export class ReentryGuardService implements OnModuleDestroy {
  private readonly logger = new Logger('reentry-guard');
  private readonly store: ReentryStore;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.REDIS_URL && config.HOOK_MAX_DEPTH > 0) {
      const redis = new Redis({ ...redisUrlOptions(config.REDIS_URL), maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: false, disconnectTimeout: 200 });
      redis.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
      this.store = new RedisReentryStore(redis, config.REDIS_PREFIX);
    } else {
      this.store = new MemoryReentryStore();
    }
  }

  get maxDepth(): number {
    return this.config.HOOK_MAX_DEPTH;
  }

  /** How long a queued run's lease lingers after it ends, for re-entry MISP fires from its own workers. */
  get graceMs(): number {
    return this.config.HOOK_REENTRY_GRACE_MS;
  }

  /** `trigger:subject` of a trigger's data, or null when the guard is off or the data names no subject. */
  keyFor(triggerId: string, data: unknown): string | null {
    return this.maxDepth > 0 ? reentryKey(triggerId, data) : null;
  }

  /** Live leases on a key (in-flight runs plus queued runs within their grace period). */
  async depth(key: string | null): Promise<number> {
    if (key === null) return 0;
    try {
      return await this.store.depth(key);
    } catch (error) {
      this.failOpen(error);
      return 0;
    }
  }

  /** A non-blocking hook: would running it nest past the limit? It takes no lease (its worker will). */
  async admitsQueued(key: string | null): Promise<{ allowed: boolean; depth: number }> {
    const depth = await this.depth(key);
    return { allowed: key === null || depth < this.maxDepth, depth };
  }

  /** A blocking hook: takes a lease unless the limit is reached (atomically, so two racing nested calls cannot both pass). */
  async enter(key: string | null, ttlMs: number): Promise<GuardDecision> {
    if (key === null) return { allowed: true, lease: NO_LEASE };
    try {
      const result = await this.store.enter(key, this.maxDepth, ttlMs);
      if (!result.entered) return { allowed: false, depth: result.depth, key };
      return { allowed: true, lease: this.leaseOf(key, result.member) };
    } catch (error) {
      this.failOpen(error);
      return { allowed: true, lease: NO_LEASE };
    }
  }

  /** A queued run starting in a worker: always runs (it was accepted), and holds its key meanwhile. */
  async hold(key: string | null, ttlMs: number): Promise<GuardLease> {
    if (key === null) return NO_LEASE;
    try {
      const result = await this.store.enter(key, null, ttlMs);
      return this.leaseOf(key, result.member);
    } catch (error) {
      this.failOpen(error);
      return NO_LEASE;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }

  private leaseOf(key: string, member: string): GuardLease {
    let released = false;
    return {
      release: async (graceMs = 0) => {
        if (released) return;
        released = true;
        await this.store.release(key, member, graceMs).catch((error: unknown) => this.failOpen(error));
      },
    };
  }

  private failOpen(error: unknown): void {
    this.logger.warn(`Re-entry guard unavailable, running without it: ${error instanceof Error ? error.message : String(error)}`);
  }
}
