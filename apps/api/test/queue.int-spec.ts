import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { createPgSchema, dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { output1, storedNode } from './support/stored-graph';
import { eventually } from './support/eventually';

const node = storedNode;
const conn = output1;

/** 1(attribute-after-save) ─▶ 2(IF :: Tag attribute in_or [tlp:red]) ─then▶ 3(concurrent-task) ═▶ 4(stop-execution) */
const graph = {
  '1': node(1, 'attribute-after-save', 'trigger', conn(2)),
  '2': node(2, 'tag-if', 'logic', { ...conn(3), output_2: { connections: [] } }, { scope: 'attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': { ...node(3, 'concurrent-task', 'logic', conn(4)), data: { id: 'concurrent-task', module_type: 'logic', name: 'c', indexed_params: [], multiple_output_connection: true } },
  '4': node(4, 'stop-execution', 'action', [], { message: 'branch stopped' }),
};
const attributePayload = {
  Attribute: { id: '5', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.5', to_ids: true, Tag: [{ id: '1', name: 'tlp:red', local: false }] },
  Event: { id: '12', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
};

describe.each(dbTargets())('durable queue on $name', (target) => {
  let t: TestApp;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    t = await startTestApp(target);
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true });
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Attributes', trigger_id: 'attribute-after-save', data: graph });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 202 for a non-blocking trigger, then a worker runs it and hands the concurrent branch on', async () => {
    const res = await admin(http().post('/api/v1/hooks/misp/attribute-after-save')).send({ data: attributePayload });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ success: true, queued: true, execution_id: expect.any(String) });
    const execution = await eventually(async () => {
      const r = await admin(http().get(`/api/v1/executions/${res.body.execution_id}`));
      return r.status === 200 ? r.body : undefined;
    }, 'the queued run', 15_000);
    expect(execution).toMatchObject({ source: 'queue', outcome: 'success', trigger_id: 'attribute-after-save' });
    const branch = await eventually(async () => {
      const r = await admin(http().get('/api/v1/executions?trigger_id=attribute-after-save'));
      return r.body.data.find((e: { source: string }) => e.source === 'branch');
    }, 'the branch run', 15_000);
    expect(branch).toMatchObject({ outcome: 'blocked', errors: [expect.stringContaining('branch stopped')] });
  });
});

describe.each(dbTargets())('a queued job survives the process being killed on $name', (target) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-kill-'));
  let child: ApiProcess | undefined;
  let t: TestApp | undefined;
  let pg: Awaited<ReturnType<typeof createPgSchema>> | undefined;
  afterAll(async () => {
    await child?.kill();
    await t?.close();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the job after a restart', async () => {
    // A real API process that acknowledges but does not work (WORKER=false), killed with SIGKILL; both
    // processes use the same database (the SQLite file in DATA_DIR, or one PostgreSQL schema).
    pg = target.url ? await createPgSchema(target.url) : undefined;
    const db: Record<string, string> = pg ? { DATABASE_URL: pg.url } : {};
    child = await startApiProcess({ DATA_DIR: dataDir, WORKER: 'false', LOG_LEVEL: 'silent', ...db });
    const url = child.url;
    const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
    await admin(request(url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true });
    await admin(request(url).post('/api/v1/workflows')).send({ name: 'Attributes', trigger_id: 'attribute-after-save', data: graph });
    const queued = await admin(request(url).post('/api/v1/hooks/misp/attribute-after-save')).send({ data: attributePayload });
    expect(queued.status).toBe(202);
    await child.kill();

    t = await startTestApp(target, { DATA_DIR: dataDir, ...db });
    const execution = await eventually(async () => {
      const r = await request(t?.url ?? '').get(`/api/v1/executions/${queued.body.execution_id}`).set('Authorization', TEST_ADMIN_KEY);
      return r.status === 200 ? r.body : undefined;
    }, 'the run after the restart', 15_000);
    expect(execution).toMatchObject({ source: 'queue', outcome: 'success' });
  }, 120_000);
});
