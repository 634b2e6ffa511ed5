import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DatabaseDriver = 'sqlite' | 'postgres';

export function databaseDriver(config: Pick<AppConfig, 'DATABASE_URL'>): DatabaseDriver {
  return config.DATABASE_URL ? 'postgres' : 'sqlite';
}

/** PostgreSQL when `DATABASE_URL` is set, otherwise a better-sqlite3 file in `DATA_DIR`. */
export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false };
  if (config.DATABASE_URL) {
    return { ...common, type: 'postgres', url: config.DATABASE_URL, extra: { max: 10 } };
  }
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: resolve(dir, 'platform.sqlite'),
    // WAL lets the readers of the API and the queue writer work at once; busy_timeout waits out short locks.
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
