import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ModuleStore } from '@misp-wf/sdk';
import { LessThan, type Repository } from 'typeorm';
import { ModuleStoreEntryEntity } from './module-store-entry.entity';

const MAX_KEY_LENGTH = 191;
const MAX_VALUE_BYTES = 1024 * 1024;
const PURGE_EVERY_MS = 10 * 60 * 1000;

/**
 * `ctx.store`: key/value pairs scoped to one module id, in the database, so every API and worker process
 * sees the same values and they survive restarts. Values are JSON; a TTL makes a key read as absent once it
 * has passed (expired rows are deleted when read, and swept from time to time).
 */
@Injectable()
export class ModuleStoreService {
  private readonly logger = new Logger('module-store');
  private lastPurge = 0;

  constructor(@InjectRepository(ModuleStoreEntryEntity) private readonly repo: Repository<ModuleStoreEntryEntity>) {}

  forModule(moduleId: string): ModuleStore {
    return {
      get: (key) => this.get(moduleId, key),
      set: (key, value, opts) => this.set(moduleId, key, value, opts?.ttlMs),
      delete: (key) => this.delete(moduleId, key),
    };
  }

  async get(moduleId: string, key: string): Promise<unknown> {
    checkKey(key);
    const row = await this.repo.findOneBy({ moduleId, key });
    if (!row) return undefined;
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
      await this.repo.delete({ moduleId, key, expiresAt: row.expiresAt });
      return undefined;
    }
    return JSON.parse(row.value) as unknown;
  }

  async set(moduleId: string, key: string, value: unknown, ttlMs?: number): Promise<void> {
    checkKey(key);
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error(`The module store keeps JSON values; ${typeof value} cannot be stored (key "${key}")`);
    if (Buffer.byteLength(json) > MAX_VALUE_BYTES) throw new Error(`The module store keeps values up to ${MAX_VALUE_BYTES} bytes of JSON (key "${key}")`);
    if (ttlMs !== undefined && !(Number.isFinite(ttlMs) && ttlMs > 0)) throw new Error(`A store TTL must be a positive number of milliseconds, got ${String(ttlMs)}`);
    const now = new Date();
    await this.repo.upsert(
      { moduleId, key, value: json, expiresAt: ttlMs === undefined ? null : new Date(now.getTime() + ttlMs), updatedAt: now },
      ['moduleId', 'key'],
    );
    this.purgeNowAndThen(now.getTime());
  }

  async delete(moduleId: string, key: string): Promise<void> {
    checkKey(key);
    await this.repo.delete({ moduleId, key });
  }

  /** Deletes every expired entry; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.repo.delete({ expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }

  private purgeNowAndThen(now: number): void {
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    this.purgeExpired().catch((error: unknown) => this.logger.warn(`Could not purge expired store entries: ${String(error)}`));
  }
}

function checkKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key === '' || key.length > MAX_KEY_LENGTH) {
    throw new Error(`A store key must be a non-empty string of at most ${MAX_KEY_LENGTH} characters, got ${JSON.stringify(key)}`);
  }
}
