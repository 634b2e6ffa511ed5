import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createPgSchema, dbTargets } from './support/db-targets';

/** Every migration runs up and back down on both dialects, and up again (they are reversible). */
describe.each(dbTargets())('migrations on $name', (target) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-migrations-'));
  let ds: DataSource | undefined;
  let dropSchema: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await ds?.destroy();
    await dropSchema?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('applies, reverts and re-applies every migration', async () => {
    let url: string | undefined;
    if (target.url) {
      const pg = await createPgSchema(target.url);
      url = pg.url;
      dropSchema = pg.drop;
    }
    ds = new DataSource(dataSourceOptions({ DATA_DIR: dataDir, DATABASE_URL: url }));
    await ds.initialize();
    expect((await ds.runMigrations()).map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const tables = async () => (await ds?.createQueryRunner().getTables(['workflows', 'executions', 'jobs', 'logs']))?.length ?? 0;
    expect(await tables()).toBe(4);
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    expect(await tables()).toBe(0);
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations();
    expect(await tables()).toBe(4);
  }, 60_000);
});
