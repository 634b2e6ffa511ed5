import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type DbTarget = { name: 'sqlite' | 'postgres'; url?: string };

/**
 * SQLite always; PostgreSQL when `TEST_DATABASE_URL` is set (`npm test` starts a server and sets it).
 * With `REQUIRE_TEST_SERVICES=1` a missing server is a failure, never a silent skip.
 */
export function dbTargets(): DbTarget[] {
  const pg = process.env['TEST_DATABASE_URL'];
  if (!pg && process.env['REQUIRE_TEST_SERVICES'] === '1') {
    throw new Error('REQUIRE_TEST_SERVICES=1 but TEST_DATABASE_URL is not set');
  }
  return pg ? [{ name: 'sqlite' }, { name: 'postgres', url: pg }] : [{ name: 'sqlite' }];
}

/** A private schema per test file, so parallel Jest workers never see each other's tables. */
export async function createPgSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const sep = url.includes('?') ? '&' : '?';
  const scoped = `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url: scoped,
    drop: async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
