import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/load-config';
import { SettingEntity } from '../../settings/setting.entity';
import { SettingsService } from '../../settings/settings.service';

/**
 * A real `SettingsService` over an in-memory SQLite table, for capability tests that read settings: values
 * are changed with `patch`, exactly as `PATCH /settings` does.
 */
export async function settingsOnSqlite(): Promise<{ settings: SettingsService; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-settings-'));
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [SettingEntity], synchronize: true });
  await dataSource.initialize();
  const settings = new SettingsService(dataSource.getRepository(SettingEntity), dataSource, loadConfig({ DATA_DIR: dataDir }));
  return {
    settings,
    close: async () => {
      await dataSource.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
