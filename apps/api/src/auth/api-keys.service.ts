import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApiRole } from '@misp-wf/contracts';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { ApiError } from '../common/errors/api-error';
import { generateApiKey, hashApiKey } from './api-key-hash';
import { ApiKeyEntity } from './api-key.entity';

export type VerifiedKey = { id: string; role: ApiRole };
export type ApiKeyView = { id: string; name: string; role: ApiRole; key_prefix: string; created_at: string; last_used_at: string | null };

const CACHE_TTL_MS = 30_000;

@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger('auth');
  // Hook calls arrive in bursts; a short cache keeps a DB read off every request. Deletions clear it.
  private readonly cache = new Map<string, { key: VerifiedKey | null; until: number }>();

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly repo: Repository<ApiKeyEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedAdminKey();
  }

  async verify(presented: string): Promise<VerifiedKey | null> {
    const hash = hashApiKey(presented);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.key;
    const row = await this.repo.findOne({ where: { keyHash: hash } });
    const key = row ? { id: row.id, role: row.role } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { key, until: now + CACHE_TTL_MS });
    if (row) void this.repo.update({ id: row.id }, { lastUsedAt: new Date() }).catch(() => undefined);
    return key;
  }

  async list(): Promise<ApiKeyView[]> {
    const rows = await this.repo.find({ order: { createdAt: 'ASC' } });
    return rows.map(toView);
  }

  async describe(id: string): Promise<ApiKeyView> {
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw new ApiError('not_found', `API key ${id} not found`);
    return toView(row);
  }

  async create(input: { name: string; role: ApiRole }): Promise<ApiKeyView & { key: string }> {
    const key = generateApiKey();
    const row = await this.insert({ ...input, key });
    return { ...toView(row), key };
  }

  async remove(id: string): Promise<void> {
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw new ApiError('not_found', `API key ${id} not found`);
    if (row.role === 'admin' && (await this.repo.count({ where: { role: 'admin' } })) === 1) {
      throw new ApiError('conflict', 'Refusing to delete the last admin API key');
    }
    await this.repo.delete({ id });
    this.cache.clear();
  }

  /** `ADMIN_API_KEY` wins; otherwise the first start generates an admin key and prints it once. */
  private async seedAdminKey(): Promise<void> {
    const fromEnv = this.config.ADMIN_API_KEY;
    if (fromEnv) {
      const exists = await this.repo.exists({ where: { keyHash: hashApiKey(fromEnv) } });
      if (!exists) await this.insert({ name: 'ADMIN_API_KEY', role: 'admin', key: fromEnv });
      return;
    }
    if (await this.repo.exists({ where: { role: 'admin' } })) return;
    const key = generateApiKey();
    await this.insert({ name: 'generated admin key', role: 'admin', key });
    // Printed on stdout as a plain line so `npm start` shows it; it is never stored or logged again.
    process.stdout.write(`\nGenerated admin API key (shown once, store it now): ${key}\n\n`);
    this.logger.warn('Generated a new admin API key on first start (printed above)');
  }

  private async insert(input: { name: string; role: ApiRole; key: string }): Promise<ApiKeyEntity> {
    const row = this.repo.create({
      id: randomUUID(),
      name: input.name,
      role: input.role,
      keyHash: hashApiKey(input.key),
      keyPrefix: input.key.slice(0, 6),
      createdAt: new Date(),
      lastUsedAt: null,
    });
    return this.repo.save(row);
  }
}

function toView(row: ApiKeyEntity): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    key_prefix: row.keyPrefix,
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  };
}
