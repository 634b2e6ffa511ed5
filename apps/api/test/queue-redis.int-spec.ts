import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../src/queue/job-queue.service';
import { JobStore } from '../src/queue/job-store.service';
import { JobEntity } from '../src/queue/job.entity';
import { PayloadEntity } from '../src/queue/payload.entity';
import { RedisQueues, redisUrlOptions } from '../src/queue/redis-queues.service';
import { dbTargets } from './support/db-targets';
import { freePort } from './support/api-process';
import { dropPrefix, redisTestUrl, uniquePrefix } from './support/redis-target';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const redisUrl = redisTestUrl();
const withRedis = redisUrl ? describe : describe.skip;

/** 1(attribute-after-save) ─▶ 2(IF tag tlp:red) ─then▶ 3(concurrent-task) ═▶ 4(stop-execution) */
const attributeGraph = {
  '1': storedNode(1, 'attribute-after-save', 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': { ...storedNode(3, 'concurrent-task', 'logic', output1(4)), data: { id: 'concurrent-task', module_type: 'logic', name: 'c', indexed_params: [], multiple_output_connection: true } },
  '4': storedNode(4, 'stop-execution', 'action', [], { message: 'branch stopped' }),
};
const triggerOnly = (trigger: string) => ({ '1': storedNode(1, trigger, 'trigger', []) });

function attribute(n: number, tags: string[] = []) {
  return {
    Attribute: { id: String(n), uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: `192.0.2.${n % 250}`, to_ids: true, Tag: tags.map((name) => ({ id: '1', name, local: false })) },
    Event: { id: '12', uuid: 'e0000000-0000-4000-8000-000000000012', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
  };
}
const event = { Event: { id: '40', uuid: 'e0000000-0000-4000-8000-000000000040', info: 'x', orgc_id: '1', org_id: '1', distribution: '1', published: false }, Orgc: { id: '1', name: 'O', uuid: 'o' }, EventTag: [] };
const object = { Object: { id: '3', uuid: 'o0000000-0000-4000-8000-000000000003', name: 'file', event_id: '12' } };

withRedis.each(dbTargets())('BullMQ queues on Redis with $name', (target) => {
  const url = redisUrl as string;
  const prefix = uniquePrefix();
  const redisEnv = { REDIS_URL: url, REDIS_PREFIX: prefix };
  let producer: TestApp;
  let worker: TestApp | undefined;
  let objectJobId = '';
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const api = () => request(producer.url);
  const hook = (trigger: string, data: unknown) => admin(api().post(`/api/v1/hooks/misp/${trigger}`)).send({ data });
  const jobs = () => producer.app.get(DataSource).getRepository(JobEntity);
  const bullQueue = (name: string) => new Queue(name, { connection: redisUrlOptions(url), prefix });
  const executionsOf = async (trigger: string) => (await admin(api().get(`/api/v1/executions?trigger_id=${trigger}&limit=100`))).body.data as Array<{ id: string; started_at: string; source: string; outcome: string }>;

  beforeAll(async () => {
    // HTTP only: it acknowledges and enqueues, and runs nothing.
    producer = await startTestApp(target, { ...redisEnv, WORKER: 'false', QUEUE_HIGH_WATER: '3' });
    await admin(api().patch('/api/v1/settings')).send({
      'Plugin.Workflow_enable': true,
      'Plugin.Workflow_triggers_attribute-after-save': true,
      'Plugin.Workflow_triggers_event-after-save': true,
      'Plugin.Workflow_triggers_object-after-save': true,
      'Plugin.Workflow_triggers_event-publish': true,
    });
    for (const [trigger, data] of [
      ['attribute-after-save', attributeGraph],
      ['event-after-save', triggerOnly('event-after-save')],
      ['object-after-save', triggerOnly('object-after-save')],
      ['event-publish', triggerOnly('event-publish')],
    ] as const) {
      const created = await admin(api().post('/api/v1/workflows')).send({ name: trigger, trigger_id: trigger, data });
      expect(created.status).toBe(201);
    }
  }, 60_000);

  afterAll(async () => {
    await worker?.app.close();
    await producer?.close();
    await dropPrefix(url, prefix);
  });

  it('answers 202 only once the payload is stored and the job is in Redis, carrying nothing but the job id', async () => {
    const res = await hook('attribute-after-save', attribute(1, ['tlp:red']));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ success: true, queued: true, execution_id: expect.any(String) });
    const row = await jobs().findOneByOrFail({ executionId: res.body.execution_id });
    expect(row).toMatchObject({ status: 'pending', kind: 'trigger', triggerId: 'attribute-after-save' });
    const payload = await producer.app.get(DataSource).getRepository(PayloadEntity).findOneByOrFail({ id: row.payloadId });
    expect(payload.content).toContain('192.0.2.1');
    const queue = bullQueue('attribute-after-save');
    try {
      const bull = await queue.getJob(row.id);
      expect(bull?.data).toEqual({ jobId: row.id });
      expect(JSON.stringify(bull?.data)).not.toContain('192.0.2.1');
      expect(bull?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
    } finally {
      await queue.close();
    }
  });

  it('puts back a job that Redis lost while the database still holds it', async () => {
    const res = await hook('attribute-after-save', attribute(31));
    const row = await jobs().findOneByOrFail({ executionId: res.body.execution_id });
    const queues = producer.app.get(RedisQueues);
    const queue = bullQueue('attribute-after-save');
    try {
      await (await queue.getJob(row.id))?.remove();
      expect(await queue.getJob(row.id)).toBeUndefined();
      expect(await queues.republishIfLost(row)).toBe(true);
      expect((await queue.getJob(row.id))?.data).toEqual({ jobId: row.id });
      // Still there: nothing to do, and never a second copy.
      expect(await queues.republishIfLost(row)).toBe(false);
      expect(await queue.getWaitingCount()).toBe(2);
    } finally {
      await queue.close();
    }
  });

  it('runs blocking triggers in the request, never through the queue', async () => {
    const before = await producer.app.get(JobQueueService).depthByQueue();
    const res = await hook('event-publish', event);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, outcome: 'success', execution_id: expect.any(String) });
    expect(await producer.app.get(JobQueueService).depthByQueue()).toEqual(before);
    expect(Object.keys(before)).not.toContain('event-publish');
  });

  it('keeps accepting past the high-water mark and reports the depth per queue', async () => {
    for (let n = 2; n <= 30; n++) expect((await hook('attribute-after-save', attribute(n))).status).toBe(202);
    expect((await hook('event-after-save', event)).status).toBe(202);
    const objectQueued = await hook('object-after-save', object);
    expect(objectQueued.status).toBe(202);
    objectJobId = (await jobs().findOneByOrFail({ executionId: objectQueued.body.execution_id })).id;
    const queue = producer.app.get(JobQueueService);
    const depth = await queue.depthByQueue();
    expect(depth).toMatchObject({ 'attribute-after-save': 31, 'event-after-save': 1, 'object-after-save': 1, branch: 0 });
    const pressure = await queue.pressure();
    expect(pressure.high_water).toBe(3);
    expect(pressure.queues['attribute-after-save']).toEqual({ depth: 31, over_high_water: true });
    expect(pressure.queues['event-after-save']).toEqual({ depth: 1, over_high_water: false });
    await eventually(async () => (queue.overHighWater().includes('attribute-after-save') ? true : undefined), 'the high-water warning');
  });

  it('a worker node (WORKER=true) drains every queue, and a burst on one trigger does not hold up another', async () => {
    // The object workflow is deleted while its job waits: that job can never run.
    const workflows = (await admin(api().get('/api/v1/workflows'))).body.data as Array<{ id: string; trigger_id: string }>;
    const objectWorkflow = workflows.find((w) => w.trigger_id === 'object-after-save');
    expect((await admin(api().delete(`/api/v1/workflows/${objectWorkflow?.id}`))).status).toBeLessThan(300);

    worker = await startTestApp(
      { name: 'sqlite' },
      { ...redisEnv, DATA_DIR: producer.dataDir, DATABASE_URL: producer.config.DATABASE_URL ?? '', WORKER: 'true', QUEUE_CONCURRENCY: '2,attribute-after-save=1', WORKER_CONCURRENCY: '2' },
    );
    const attributes = await eventually(async () => {
      const runs = (await executionsOf('attribute-after-save')).filter((e) => e.source === 'queue');
      return runs.length === 31 ? runs : undefined;
    }, '31 attribute runs');
    const [eventRun] = await eventually(async () => {
      const runs = await executionsOf('event-after-save');
      return runs.length ? runs : undefined;
    }, 'the event run');
    // One attribute job at a time (its limit), so the event job took the other slot at once instead of
    // waiting behind 30 attribute jobs.
    const startedBefore = attributes.filter((a) => a.started_at < eventRun.started_at).length;
    expect(startedBefore).toBeLessThanOrEqual(3);
    const branch = await eventually(async () => (await executionsOf('attribute-after-save')).find((e) => e.source === 'branch'), 'the branch run');
    expect(branch.outcome).toBe('blocked');
    expect(await producer.app.get(JobQueueService).depthByQueue()).toMatchObject({ 'attribute-after-save': 0, 'event-after-save': 0, branch: 0 });
    expect(await jobs().countBy({ status: 'pending' })).toBe(0);
  }, 90_000);

  it('fails a job that can never run at once and keeps it, with its payload, for inspection', async () => {
    const row = await eventually(async () => {
      const r = await jobs().findOneBy({ id: objectJobId });
      return r?.status === 'failed' ? r : undefined;
    }, 'the failed job');
    expect(row.lastError).toMatch(/no longer exists/);
    expect(row.attempts).toBe(1);
    expect(await producer.app.get(DataSource).getRepository(PayloadEntity).countBy({ id: row.payloadId })).toBe(1);
    const queue = bullQueue('object-after-save');
    try {
      const bull = await queue.getJob(objectJobId);
      expect(await bull?.getState()).toBe('failed');
      expect(bull?.failedReason).toMatch(/no longer exists/);
      expect(bull?.attemptsMade).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('retries an infrastructure failure with backoff, then runs the job once', async () => {
    if (!worker) throw new Error('no worker');
    // The database drops the worker's connection once, as PostgreSQL does on a restart.
    const spy = jest.spyOn(worker.app.get(JobStore), 'payload').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    try {
      const res = await hook('event-after-save', { ...event, Event: { ...event.Event, id: '41', uuid: 'e0000000-0000-4000-8000-000000000041' } });
      expect(res.status).toBe(202);
      const run = await eventually(async () => {
        const r = await admin(api().get(`/api/v1/executions/${res.body.execution_id}`));
        return r.status === 200 ? (r.body as { started_at: string; outcome: string }) : undefined;
      }, 'the retried run');
      // The run is recorded a moment before its job row is marked done.
      const row = await eventually(async () => {
        const r = await jobs().findOneByOrFail({ executionId: res.body.execution_id });
        return r.status === 'done' ? r : undefined;
      }, 'the job marked done');
      expect(row).toMatchObject({ status: 'done', attempts: 2, lastError: null });
      expect(spy).toHaveBeenCalledTimes(2);
      // The second attempt waited for the backoff (1 s).
      expect(new Date(run.started_at).getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(1000);
    } finally {
      spy.mockRestore();
    }
  });
});

withRedis('BullMQ queue with Redis down', () => {
  let t: TestApp;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    const closedPort = await freePort();
    t = await startTestApp({ name: 'sqlite' }, { REDIS_URL: `redis://127.0.0.1:${closedPort}`, REDIS_PREFIX: uniquePrefix(), WORKER: 'false' });
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true, 'Plugin.Workflow_triggers_event-publish': true });
    await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'a', trigger_id: 'attribute-after-save', data: triggerOnly('attribute-after-save') });
    await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'p', trigger_id: 'event-publish', data: triggerOnly('event-publish') });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 503 to a non-blocking hook and leaves no job or payload behind', async () => {
    const res = await admin(request(t.url).post('/api/v1/hooks/misp/attribute-after-save')).send({ data: attribute(1) });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'dependency_down', message: expect.stringContaining('Redis') });
    const db = t.app.get(DataSource);
    expect(await db.getRepository(JobEntity).count()).toBe(0);
    expect(await db.getRepository(PayloadEntity).count()).toBe(0);
  }, 20_000);

  it('still runs blocking triggers, which never need the queue', async () => {
    const res = await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: event });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, outcome: 'success' });
  }, 20_000);
});
