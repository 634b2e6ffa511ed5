import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source-options';
import { createPgSchema, dbTargets } from '../../../test/support/db-targets';
import { ModuleStoreEntryEntity } from './module-store-entry.entity';
import { ModuleStoreService } from './module-store.service';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(dbTargets())('module store on $name', (target) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-store-'));
  let ds: DataSource;
  let dropSchema: (() => Promise<void>) | undefined;
  let service: ModuleStoreService;

  beforeAll(async () => {
    let url: string | undefined;
    if (target.url) {
      const pg = await createPgSchema(target.url);
      url = pg.url;
      dropSchema = pg.drop;
    }
    ds = new DataSource(dataSourceOptions({ DATA_DIR: dataDir, DATABASE_URL: url }));
    await ds.initialize();
    await ds.runMigrations();
    service = new ModuleStoreService(ds.getRepository(ModuleStoreEntryEntity));
  }, 30_000);
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps JSON values per module: one module never sees another one\'s keys', async () => {
    const a = service.forModule('webhook');
    const b = service.forModule('push-zmq');
    await a.set('last', { id: 12, tags: ['tlp:red'], ok: true, nothing: null });
    await b.set('last', 'other');
    expect(await a.get('last')).toEqual({ id: 12, tags: ['tlp:red'], ok: true, nothing: null });
    expect(await b.get('last')).toBe('other');
    expect(await service.forModule('third').get('last')).toBeUndefined();
  });

  it('overwrites a key, and survives a new service on the same database', async () => {
    const store = service.forModule('webhook');
    await store.set('counter', 1);
    await store.set('counter', 2);
    const again = new ModuleStoreService(ds.getRepository(ModuleStoreEntryEntity));
    expect(await again.forModule('webhook').get('counter')).toBe(2);
    expect(await ds.getRepository(ModuleStoreEntryEntity).countBy({ moduleId: 'webhook', key: 'counter' })).toBe(1);
  });

  it('deletes a key', async () => {
    const store = service.forModule('webhook');
    await store.set('gone', [1]);
    await store.delete('gone');
    expect(await store.get('gone')).toBeUndefined();
    await expect(store.delete('never-there')).resolves.toBeUndefined();
  });

  it('forgets a key once its TTL has passed, and a later set without TTL keeps it', async () => {
    const store = service.forModule('ttl');
    await store.set('short', 'x', { ttlMs: 150 });
    expect(await store.get('short')).toBe('x');
    await pause(250);
    expect(await store.get('short')).toBeUndefined();
    expect(await ds.getRepository(ModuleStoreEntryEntity).countBy({ moduleId: 'ttl', key: 'short' })).toBe(0);
    await store.set('renewed', 'y', { ttlMs: 100 });
    await store.set('renewed', 'z');
    await pause(150);
    expect(await store.get('renewed')).toBe('z');
  });

  it('purges expired entries in bulk', async () => {
    const store = service.forModule('purge');
    await store.set('a', 1, { ttlMs: 50 });
    await store.set('b', 2, { ttlMs: 50 });
    await store.set('keep', 3);
    await pause(120);
    expect(await service.purgeExpired()).toBeGreaterThanOrEqual(2);
    expect(await ds.getRepository(ModuleStoreEntryEntity).countBy({ moduleId: 'purge' })).toBe(1);
  });

  it('refuses what it cannot keep, with the reason', async () => {
    const store = service.forModule('bad');
    await expect(store.set('', 1)).rejects.toThrow('A store key must be a non-empty string of at most 191 characters, got ""');
    await expect(store.set('k'.repeat(192), 1)).rejects.toThrow('at most 191 characters');
    await expect(store.set('fn', () => 1)).rejects.toThrow('The module store keeps JSON values; function cannot be stored (key "fn")');
    await expect(store.set('undef', undefined)).rejects.toThrow('undefined cannot be stored');
    await expect(store.set('big', 'x'.repeat(1024 * 1024 + 1))).rejects.toThrow('up to 1048576 bytes');
    await expect(store.set('ttl', 1, { ttlMs: -5 })).rejects.toThrow('A store TTL must be a positive number of milliseconds, got -5');
    await expect(store.get(42 as unknown as string)).rejects.toThrow('got 42');
  });

  it('keeps unicode and long text intact', async () => {
    const store = service.forModule('text');
    const value = { info: 'Événement — 事件 🚨', body: 'x'.repeat(100_000) };
    await store.set('u', value);
    expect(await store.get('u')).toEqual(value);
  });
});
