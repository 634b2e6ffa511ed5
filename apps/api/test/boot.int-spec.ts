import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

const root = join(__dirname, '..', '..', '..');

describe('boot', () => {
  it('refuses to start on a bad configuration, naming each variable', () => {
    // Runs the real entry point from source; config is validated before Nest or the DB start.
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope', ADMIN_API_KEY: 'short', TS_NODE_PROJECT: 'tsconfig.base.json' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT: must be a port number');
    expect(run.stderr).toContain('DATABASE_URL: must start with postgres://');
    expect(run.stderr).toContain('ADMIN_API_KEY');
    expect(run.stderr).not.toContain('short');
    expect(run.stderr).toContain('The API did not start');
  }, 60_000);
});

describe('health with a Redis queue backend', () => {
  const redisUrl = process.env['TEST_REDIS_URL'];
  if (!redisUrl && process.env['REQUIRE_TEST_SERVICES'] === '1') throw new Error('TEST_REDIS_URL is required');
  const withRedis = redisUrl ? it : it.skip;
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  withRedis('reports Redis up', async () => {
    t = await startTestApp({ name: 'sqlite' }, { REDIS_URL: redisUrl ?? '' });
    const res = await request(t.url).get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body.queue).toEqual({ driver: 'redis', status: 'up' });
  });

  it('answers 503 dependency_down when Redis is unreachable', async () => {
    t = await startTestApp({ name: 'sqlite' }, { REDIS_URL: 'redis://127.0.0.1:1' });
    const res = await request(t.url).get('/api/v1/health');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('dependency_down');
    expect(res.body.error.details.queue).toMatchObject({ driver: 'redis', status: 'down' });
    expect(res.body.error.details.db).toMatchObject({ status: 'up' });
  });
});
