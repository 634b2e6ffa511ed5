import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  findSettingDefinition,
  SETTING_DEFINITIONS,
  validateSettingValue,
  type SettingDefinition,
  type SettingsMap,
  type SettingValue,
  type SettingView,
} from '@misp-wf/contracts';
import { DataSource, type Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { ApiError } from '../common/errors/api-error';
import { SettingEntity } from './setting.entity';

// Several processes (API nodes, workers) share the table; a short cache bounds staleness and DB reads.
const CACHE_TTL_MS = 2_000;

@Injectable()
export class SettingsService {
  private cache: { values: Map<string, SettingValue>; until: number } | null = null;

  constructor(
    @InjectRepository(SettingEntity) private readonly repo: Repository<SettingEntity>,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The effective value of one setting: stored, else seeded from the environment, else the default. */
  async get(name: string): Promise<SettingValue> {
    const def = findSettingDefinition(name);
    if (!def) throw new Error(`unknown setting ${name}`);
    const stored = await this.storedValues();
    return stored.get(name) ?? this.defaultFor(def);
  }

  async getMap(): Promise<SettingsMap> {
    const stored = await this.storedValues();
    const out: SettingsMap = {};
    for (const def of SETTING_DEFINITIONS) {
      out[def.name] = def.sensitive ? null : (stored.get(def.name) ?? this.defaultFor(def));
    }
    return out;
  }

  async getViews(): Promise<SettingView[]> {
    const stored = await this.storedValues();
    return SETTING_DEFINITIONS.map((def) => {
      const value = stored.get(def.name) ?? this.defaultFor(def);
      return {
        name: def.name,
        type: def.type,
        default: def.sensitive ? null : def.default,
        value: def.sensitive ? null : value,
        description: def.description,
        sensitive: def.sensitive === true,
        is_set: value !== '' ,
        origin: def.origin,
        ...(def.min !== undefined ? { min: def.min } : {}),
        ...(def.max !== undefined ? { max: def.max } : {}),
        ...(def.format ? { format: def.format } : {}),
      };
    });
  }

  /** Validates every entry first and writes all of them in one transaction, or none. */
  async patch(body: unknown): Promise<SettingsMap> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError('bad_request', 'Body must be a JSON object of setting name → value');
    }
    const entries = Object.entries(body);
    if (entries.length === 0) throw new ApiError('bad_request', 'No setting to change');
    const problems: { name: string; message: string }[] = [];
    const accepted: [string, SettingValue][] = [];
    for (const [name, raw] of entries) {
      const def = findSettingDefinition(name);
      if (!def) {
        problems.push({ name, message: 'unknown setting' });
        continue;
      }
      const check = validateSettingValue(def, raw);
      if (check.ok) accepted.push([name, check.value]);
      else problems.push({ name, message: check.message });
    }
    if (problems.length > 0) {
      const summary = problems.map((p) => `${p.name}: ${p.message}`).join('; ');
      throw new ApiError('validation_failed', `Invalid settings: ${summary}`, problems);
    }
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      for (const [name, value] of accepted) {
        await manager.save(SettingEntity, { name, value: JSON.stringify(value), updatedAt: now });
      }
    });
    this.cache = null;
    return this.getMap();
  }

  private defaultFor(def: SettingDefinition): SettingValue {
    if (def.env) {
      const fromEnv = envSeed(this.config, def.env);
      if (fromEnv !== undefined) return fromEnv;
    }
    return def.default;
  }

  private async storedValues(): Promise<Map<string, SettingValue>> {
    const now = Date.now();
    if (this.cache && this.cache.until > now) return this.cache.values;
    const rows = await this.repo.find();
    const values = new Map<string, SettingValue>();
    for (const row of rows) {
      const parsed: unknown = JSON.parse(row.value);
      if (typeof parsed === 'boolean' || typeof parsed === 'number' || typeof parsed === 'string') {
        values.set(row.name, parsed);
      }
    }
    this.cache = { values, until: now + CACHE_TTL_MS };
    return values;
  }
}

function envSeed(config: AppConfig, env: string): SettingValue | undefined {
  switch (env) {
    case 'MISP_URL':
      return config.MISP_URL;
    case 'MISP_API_KEY':
      return config.MISP_API_KEY;
    case 'MISP_VERIFY_TLS':
      return config.MISP_VERIFY_TLS;
    default:
      return undefined;
  }
}
