import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, EntitySchema } from 'typeorm';
import { serializeSqliteTransactions } from './sqlite-transactions';

type Row = { id: string; n: number };
const Rows = new EntitySchema<Row>({ name: 'row', columns: { id: { type: 'varchar', primary: true }, n: { type: 'integer' } } });
const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('transactions on SQLite', () => {
  let dir: string;
  let open: DataSource[] = [];

  async function sqlite(serialized: boolean): Promise<DataSource> {
    const ds = await new DataSource({ type: 'better-sqlite3', database: join(dir, `${open.length}.sqlite`), entities: [Rows], synchronize: true }).initialize();
    if (serialized) serializeSqliteTransactions(ds);
    open.push(ds);
    return ds;
  }

  /** Twenty transactions of two writes each, with an await between the writes, all begun at once. */
  const burst = (ds: DataSource) =>
    Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        ds.transaction(async (manager) => {
          await manager.insert(Rows, { id: `t${i}a`, n: i });
          await pause();
          await manager.insert(Rows, { id: `t${i}b`, n: i });
        }),
      ),
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mwp-sqlite-tx-'));
  });
  afterEach(async () => {
    await Promise.all(open.map((ds) => ds.destroy()));
    open = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it('collide when begun at once on the shared connection (the TypeORM behaviour being fixed)', async () => {
    const results = await burst(await sqlite(false));
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
  });

  it('run one after another once serialized, and every write lands', async () => {
    const ds = await sqlite(true);
    const results = await burst(ds);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await ds.getRepository(Rows).count()).toBe(40);
  });

  it('keeps save() (which opens its own transaction) apart from explicit transactions', async () => {
    const ds = await sqlite(true);
    const saves = Array.from({ length: 20 }, (_, i) => ds.getRepository(Rows).save({ id: `s${i}`, n: i }));
    const results = await Promise.allSettled([...saves, burst(ds)]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await ds.getRepository(Rows).count()).toBe(60);
  });

  it('rolls back a failed transaction alone and hands the turn on', async () => {
    const ds = await sqlite(true);
    const failing = ds.transaction(async (manager) => {
      await manager.insert(Rows, { id: 'x', n: 1 });
      await pause();
      throw new Error('boom');
    });
    const next = ds.transaction((manager) => manager.insert(Rows, { id: 'y', n: 2 }));
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect((await ds.getRepository(Rows).find()).map((r) => r.id)).toEqual(['y']);
  });

  it('lets a transaction nest inside the one holding the turn (savepoint) without waiting on itself', async () => {
    const ds = await sqlite(true);
    await ds.transaction(async () => {
      await ds.transaction((inner) => inner.insert(Rows, { id: 'inner', n: 1 }));
    });
    expect(await ds.getRepository(Rows).countBy({ id: 'inner' })).toBe(1);
  });
});
