import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobEntity } from '../src/queue/job.entity';
import { redisUrlOptions } from '../src/queue/redis-queues.service';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { dbTargets } from './support/db-targets';
import { dropPrefix, redisTestUrl, uniquePrefix } from './support/redis-target';
import { storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const redisUrl = redisTestUrl();
const withRedis = redisUrl ? describe : describe.skip;
const JOBS = 150;

const attribute = (n: number) => ({
  Attribute: { id: String(n), uuid: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: `198.51.100.${n % 250}`, to_ids: true, Tag: [] },
  Event: { id: '12', uuid: 'e0000000-0000-4000-8000-000000000012', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
});

withRedis.each(dbTargets())('a worker process killed with jobs pending, on Redis and $name', (target) => {
  const url = redisUrl as string;
  const prefix = uniquePrefix();
  let api: TestApp;
  let worker: ApiProcess | undefined;
  let restarted: ApiProcess | undefined;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  afterAll(async () => {
    await worker?.kill();
    await restarted?.kill();
    await api?.close();
    await dropPrefix(url, prefix);
  });

  it('loses no job: a restarted worker finishes the waiting ones and those the dead one held', async () => {
    // MISP talks to an HTTP-only node; the work happens in separate worker processes.
    api = await startTestApp(target, { REDIS_URL: url, REDIS_PREFIX: prefix, WORKER: 'false' });
    await admin(request(api.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true });
    await admin(request(api.url).post('/api/v1/workflows')).send({ name: 'a', trigger_id: 'attribute-after-save', data: { '1': storedNode(1, 'attribute-after-save', 'trigger', []) } });
    const executionIds: string[] = [];
    for (let n = 1; n <= JOBS; n++) {
      const res = await admin(request(api.url).post('/api/v1/hooks/misp/attribute-after-save')).send({ data: attribute(n) });
      expect(res.status).toBe(202);
      executionIds.push(res.body.execution_id as string);
    }
    const jobs = api.app.get(DataSource).getRepository(JobEntity);
    const done = () => jobs.countBy({ status: 'done' });
    const workerEnv = {
      REDIS_URL: url,
      REDIS_PREFIX: prefix,
      WORKER: 'true',
      DATA_DIR: api.dataDir,
      DATABASE_URL: api.config.DATABASE_URL ?? '',
      // A short lock so the dead worker's jobs are handed out again within seconds.
      QUEUE_LOCK_MS: '2000',
    };

    worker = await startApiProcess(workerEnv);
    await eventually(async () => ((await done()) >= 3 ? true : undefined), 'the worker to start on the jobs', 60_000);
    await worker.kill();
    const doneAtKill = await done();
    const queue = new Queue('attribute-after-save', { connection: redisUrlOptions(url), prefix });
    let heldByTheDead: number;
    try {
      heldByTheDead = await queue.getActiveCount();
    } finally {
      await queue.close();
    }
    expect(doneAtKill).toBeLessThan(JOBS);
    // Jobs the dead process was running stay active in Redis until their lock lapses.
    expect(heldByTheDead).toBeGreaterThan(0);
    expect(await jobs.countBy({ status: 'pending' })).toBeGreaterThan(0);

    restarted = await startApiProcess(workerEnv);
    await eventually(async () => ((await done()) === JOBS ? true : undefined), `all ${JOBS} jobs done (killed with ${doneAtKill} done, ${heldByTheDead} in hand)`, 90_000);
    const executions = (await admin(request(api.url).get('/api/v1/executions?trigger_id=attribute-after-save&limit=100&page=1'))).body as { total: number };
    expect(executions.total).toBe(JOBS);
    for (const id of [executionIds[0], executionIds[JOBS - 1]]) {
      expect((await admin(request(api.url).get(`/api/v1/executions/${id}`))).body).toMatchObject({ id, source: 'queue', outcome: 'success' });
    }
    expect(await jobs.countBy({ status: 'failed' })).toBe(0);
  }, 240_000);
});
