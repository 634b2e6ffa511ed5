import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../src/queue/job-queue.service';
import { JobStore } from '../src/queue/job-store.service';
import { JobEntity } from '../src/queue/job.entity';
import { PayloadEntity } from '../src/queue/payload.entity';
import { dbTargets } from './support/db-targets';
import { storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const triggerOnly = (trigger: string) => ({ '1': storedNode(1, trigger, 'trigger', []) });
const attribute = (n: number) => ({
  Attribute: { id: String(n), uuid: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: `192.0.2.${n}`, to_ids: true, Tag: [] },
  Event: { id: '12', uuid: 'e0000000-0000-4000-8000-000000000012', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
});
const event = { Event: { id: '40', uuid: 'e0000000-0000-4000-8000-000000000040', info: 'x', orgc_id: '1', org_id: '1', distribution: '1', published: false }, Orgc: { id: '1', name: 'O', uuid: 'o' }, EventTag: [] };

describe.each(dbTargets())('embedded queue: HTTP-only nodes, per-trigger limits and back-pressure on $name', (target) => {
  let producer: TestApp;
  let worker: TestApp | undefined;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const api = () => request(producer.url);
  const hook = (trigger: string, data: unknown) => admin(api().post(`/api/v1/hooks/misp/${trigger}`)).send({ data });
  const jobs = () => producer.app.get(DataSource).getRepository(JobEntity);
  const executionsOf = async (trigger: string) => (await admin(api().get(`/api/v1/executions?trigger_id=${trigger}&limit=100`))).body.data as Array<{ started_at: string }>;

  beforeAll(async () => {
    producer = await startTestApp(target, { WORKER: 'false', QUEUE_HIGH_WATER: '3' });
    await admin(api().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true, 'Plugin.Workflow_triggers_event-after-save': true });
    for (const trigger of ['attribute-after-save', 'event-after-save']) {
      expect((await admin(api().post('/api/v1/workflows')).send({ name: trigger, trigger_id: trigger, data: triggerOnly(trigger) })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await worker?.app.close();
    await producer?.close();
  });

  it('WORKER=false persists and acknowledges past the high-water mark, and runs nothing', async () => {
    for (let n = 1; n <= 20; n++) expect((await hook('attribute-after-save', attribute(n))).status).toBe(202);
    expect((await hook('event-after-save', event)).status).toBe(202);
    const queue = producer.app.get(JobQueueService);
    expect(queue.driver).toBe('embedded');
    await eventually(async () => (queue.overHighWater().includes('attribute-after-save') ? true : undefined), 'the high-water warning');
    expect(queue.overHighWater()).not.toContain('event-after-save');
    expect(await queue.depthByQueue()).toMatchObject({ 'attribute-after-save': 20, 'event-after-save': 1, branch: 0, 'object-after-save': 0 });
    expect((await queue.pressure()).queues['attribute-after-save']).toEqual({ depth: 20, over_high_water: true });
    await new Promise((r) => setTimeout(r, 700)); // more than the idle poll of a worker, had there been one
    expect(await executionsOf('attribute-after-save')).toHaveLength(0);
    expect(await jobs().countBy({ status: 'pending' })).toBe(21);
  });

  it('a worker process runs them, a burst on one trigger leaving a slot to the other', async () => {
    worker = await startTestApp(
      { name: 'sqlite' },
      { DATA_DIR: producer.dataDir, DATABASE_URL: producer.config.DATABASE_URL ?? '', WORKER: 'true', QUEUE_CONCURRENCY: '2,attribute-after-save=1', WORKER_CONCURRENCY: '2' },
    );
    const attributes = await eventually(async () => {
      const runs = await executionsOf('attribute-after-save');
      return runs.length === 20 ? runs : undefined;
    }, '20 attribute runs');
    const [eventRun] = await executionsOf('event-after-save');
    expect(eventRun).toBeDefined();
    // FIFO over one queue would have run it 21st; with its own share it runs second.
    expect(attributes.filter((a) => a.started_at < eventRun.started_at).length).toBeLessThanOrEqual(2);
    expect(await producer.app.get(JobQueueService).depthByQueue()).toMatchObject({ 'attribute-after-save': 0, 'event-after-save': 0 });
    expect(await jobs().countBy({ status: 'done' })).toBe(21);
  });

  it('prunes done jobs after a day and failed ones (with their payloads) after a week', async () => {
    const db = producer.app.get(DataSource);
    const day = 24 * 3_600_000;
    const make = async (status: JobEntity['status'], ageMs: number) => {
      const payloadId = randomUUID();
      const createdAt = new Date(Date.now() - ageMs);
      await db.getRepository(PayloadEntity).insert({ id: payloadId, content: '{}', createdAt });
      const id = randomUUID();
      await jobs().insert({ id, kind: 'trigger', triggerId: 'attribute-after-save', workflowId: 'w', startNodeId: null, payloadId, executionId: randomUUID(), status, attempts: 3, runAfter: createdAt, lockedBy: null, lockedAt: null, lastError: 'x', createdAt });
      return { id, payloadId };
    };
    const oldDone = await make('done', 2 * day);
    const oldFailed = await make('failed', 8 * day);
    const recentFailed = await make('failed', 2 * day);
    const pruned = await producer.app.get(JobStore).prune();
    expect(pruned.failed).toBe(1);
    expect(pruned.done).toBeGreaterThanOrEqual(1);
    expect(await jobs().countBy({ id: oldDone.id })).toBe(0);
    expect(await jobs().countBy({ id: oldFailed.id })).toBe(0);
    expect(await db.getRepository(PayloadEntity).countBy({ id: oldFailed.payloadId })).toBe(0);
    expect(await jobs().countBy({ id: recentFailed.id })).toBe(1);
    expect(await db.getRepository(PayloadEntity).countBy({ id: recentFailed.payloadId })).toBe(1);
    // Today's done jobs stay.
    expect(await jobs().countBy({ status: 'done' })).toBe(21);
  });
});
