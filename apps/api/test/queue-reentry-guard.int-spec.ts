import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { dbTargets, type DbTarget } from './support/db-targets';
import { dropPrefix, redisTestUrl, uniquePrefix } from './support/redis-target';
import { output1, storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { eventually } from './support/eventually';

/**
 * "MISP" for re-entry: every webhook our workflow sends it is a change to the object in the data, and
 * MISP fires the trigger for that change back at the platform's hook, as it would for a tag attached or
 * an event published by our action. `/sync/…` (through the hook) and `/query/…` (through misp-modules
 * `/query`) answer the webhook only after its own hook call has
 * returned (blocking triggers: MISP runs them inside the request); `/async/…` answers at once and calls
 * back a little later (non-blocking triggers: MISP's background workers).
 */
type Echo = { server: Server; url: string; answers: Array<{ status: number; body: Record<string, unknown> }>; settle: () => Promise<void> };

async function startEcho(apiUrl: () => string): Promise<Echo> {
  const answers: Echo['answers'] = [];
  const pending = new Set<Promise<void>>();
  const callBack = async (trigger: string, data: unknown, through: 'hook' | 'query') => {
    // MISP reaches us by the hook, or as a misp-modules action module through `/query` (contract §6).
    const res =
      through === 'hook'
        ? await request(apiUrl()).post(`/api/v1/hooks/misp/${trigger}`).set('Authorization', TEST_ADMIN_KEY).send({ data })
        : await request(apiUrl()).post('/query').send({ module: `workflow_${trigger.replace(/-/g, '_')}`, data });
    answers.push({ status: res.status, body: res.body as Record<string, unknown> });
  };
  const server = createServer((req, res) => {
    void readJson(req).then(async (data) => {
      const [, mode, trigger] = (req.url ?? '').split('/');
      if (mode === 'sync' || mode === 'query') await callBack(trigger, data, mode === 'sync' ? 'hook' : 'query');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      if (mode === 'async') {
        const later = new Promise<void>((r) => setTimeout(r, 300)).then(() => callBack(trigger, data, 'hook'));
        pending.add(later);
        void later.finally(() => pending.delete(later));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const settle = async () => {
    while (pending.size) await Promise.all([...pending]);
  };
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, answers, settle };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => resolve(body ? (JSON.parse(body) as unknown) : null));
  });
}

const webhookTo = (trigger: string, url: string) => ({
  '1': storedNode(1, trigger, 'trigger', output1(2)),
  '2': storedNode(2, 'webhook', 'action', [], { url, content_type: 'json', request_method: 'post', self_signed: 'deny', payload: '', headers: '' }),
});
const publishEvent = (n: number) => ({ Event: { id: String(n), uuid: `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, info: 'reentry', orgc_id: '1', org_id: '1', Orgc: { id: '1', name: 'ORG' }, Tag: [], Attribute: [], Object: [] } });
const savedAttribute = (n: number) => ({
  Attribute: { id: String(n), uuid: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: `192.0.2.${n}`, to_ids: true, Tag: [] },
  Event: { id: '12', uuid: 'e0000000-0000-4000-8000-000000000012', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
});

type Setup = { api: TestApp; worker?: TestApp; close: () => Promise<void> };

/**
 * Embedded: one process does everything. Redis: MISP calls an HTTP-only node; a separate worker runs the
 * jobs (started once `configure` has stored the settings, which processes cache for a moment).
 */
async function setUp(target: DbTarget, mode: 'embedded' | 'redis', configure: (api: TestApp) => Promise<void>): Promise<Setup> {
  const env = {};
  if (mode === 'embedded') {
    const api = await startTestApp(target, env);
    await configure(api);
    return { api, close: () => api.close() };
  }
  const url = redisTestUrl() as string;
  const prefix = uniquePrefix();
  const api = await startTestApp(target, { ...env, REDIS_URL: url, REDIS_PREFIX: prefix, WORKER: 'false' });
  await configure(api);
  const worker = await startTestApp({ name: 'sqlite' }, { ...env, REDIS_URL: url, REDIS_PREFIX: prefix, WORKER: 'true', DATA_DIR: api.dataDir, DATABASE_URL: api.config.DATABASE_URL ?? '' });
  return {
    api,
    worker,
    close: async () => {
      await worker.app.close();
      await api.close();
      await dropPrefix(url, prefix);
    },
  };
}

const modes: Array<'embedded' | 'redis'> = redisTestUrl() ? ['embedded', 'redis'] : ['embedded'];
const cases = dbTargets().flatMap((target) => modes.map((mode) => ({ target, mode, name: `${mode} queue on ${target.name}` })));

describe.each(cases)('hook nesting guard, $name', ({ target, mode }) => {
  let setup: Setup;
  let echo: Echo;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const api = () => request(setup.api.url);
  const hook = (trigger: string, data: unknown) => admin(api().post(`/api/v1/hooks/misp/${trigger}`)).send({ data });
  const executions = async (trigger: string) => (await admin(api().get(`/api/v1/executions?trigger_id=${trigger}&limit=100`))).body.data as Array<{ id: string; outcome: string }>;

  beforeAll(async () => {
    echo = await startEcho(() => setup.api.url);
    setup = await setUp(target, mode, async (app) => {
      const call = () => request(app.url);
      await admin(call().patch('/api/v1/settings')).send({
        'Plugin.Workflow_enable': true,
        'Plugin.Workflow_triggers_event-publish': true,
        'Plugin.Workflow_triggers_attribute-after-save': true,
        'Security.rest_client_enable_arbitrary_urls': true,
      });
      expect((await admin(call().post('/api/v1/modules/webhook/enable'))).status).toBeLessThan(300);
      for (const [trigger, mode2] of [['event-publish', 'sync'], ['attribute-after-save', 'async']] as const) {
        const created = await admin(call().post('/api/v1/workflows')).send({ name: trigger, trigger_id: trigger, data: webhookTo(trigger, `${echo.url}/${mode2}/${trigger}`) });
        expect(created.status).toBe(201);
      }
    });
  }, 60_000);
  afterAll(async () => {
    await echo?.settle();
    await setup?.close();
    await new Promise((r) => echo?.server.close(r));
  });

  it('a blocking trigger that our own action re-fires while it runs is answered at once, not run again', async () => {
    echo.answers.length = 0;
    const res = await hook('event-publish', publishEvent(1));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, outcome: 'success', execution_id: expect.any(String) });
    // MISP's nested call came back and was told to proceed without a run (no endless recursion).
    expect(echo.answers).toEqual([{ status: 200, body: { success: true, outcome: 'success', errors: [], execution_id: null, skipped: 'reentrant' } }]);
    expect(await executions('event-publish')).toHaveLength(1);
    const logs = (await admin(api().get('/api/v1/logs?model=Workflow&limit=50'))).body.data as Array<{ title: string }>;
    expect(logs.some((l) => l.title.includes('Skipped re-entrant call of trigger `event-publish` for `e0000000-0000-4000-8000-000000000001`'))).toBe(true);
  });

  it('the same event published again later is run again: a blocking run holds its key only while it runs', async () => {
    echo.answers.length = 0;
    expect((await hook('event-publish', publishEvent(1))).body).toMatchObject({ success: true, execution_id: expect.any(String) });
    expect((await hook('event-publish', publishEvent(2))).body).toMatchObject({ success: true, execution_id: expect.any(String) });
    expect(await executions('event-publish')).toHaveLength(3);
    expect(echo.answers.map((a) => a.body['skipped'])).toEqual(['reentrant', 'reentrant']);
  });

  it('a non-blocking trigger re-fired by MISP after our queued run finished is recognised within the grace period', async () => {
    echo.answers.length = 0;
    const first = await hook('attribute-after-save', savedAttribute(1));
    expect(first.status).toBe(202);
    const answer = await eventually(async () => echo.answers[0], 'MISP calling back');
    expect(answer).toEqual({ status: 200, body: { success: true, queued: false, execution_id: null, skipped: 'reentrant' } });
    // Another attribute of the same event is not an echo.
    const other = await hook('attribute-after-save', savedAttribute(2));
    expect(other.status).toBe(202);
    await eventually(async () => (echo.answers.length === 2 ? true : undefined), 'the second callback');
    await echo.settle();
    expect(echo.answers.map((a) => a.body['skipped'])).toEqual(['reentrant', 'reentrant']);
    const runs = await eventually(async () => {
      const r = await executions('attribute-after-save');
      return r.length === 2 ? r : undefined;
    }, 'two attribute runs');
    expect(runs.every((r) => r.outcome === 'success')).toBe(true);
  }, 30_000);
});

describe.each(dbTargets())('hook nesting guard with HOOK_MAX_DEPTH=2 on $name', (target) => {
  let t: TestApp;
  let echo: Echo;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    echo = await startEcho(() => t.url);
    t = await startTestApp(target, { HOOK_MAX_DEPTH: '2' });
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true, 'Security.rest_client_enable_arbitrary_urls': true });
    await admin(request(t.url).post('/api/v1/modules/webhook/enable'));
    await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'p', trigger_id: 'event-publish', data: webhookTo('event-publish', `${echo.url}/sync/event-publish`) });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => echo?.server.close(r));
  });

  it('allows one nested run, like a bounded recursion, and answers the next level without running it', async () => {
    const res = await request(t.url).post('/api/v1/hooks/misp/event-publish').set('Authorization', TEST_ADMIN_KEY).send({ data: publishEvent(9) });
    expect(res.body).toMatchObject({ success: true, outcome: 'success' });
    // Innermost first: level 3 skipped, then level 2 (a real run) answered.
    expect(echo.answers.map((a) => a.body['skipped'] ?? a.body['outcome'])).toEqual(['reentrant', 'success']);
    const runs = (await admin(request(t.url).get('/api/v1/executions?trigger_id=event-publish'))).body.data as unknown[];
    expect(runs).toHaveLength(2);
  });
});

describe.each(dbTargets())('nesting guard on the misp-modules surface on $name', (target) => {
  let t: TestApp;
  let echo: Echo;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    echo = await startEcho(() => t.url);
    t = await startTestApp(target);
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true, 'Security.rest_client_enable_arbitrary_urls': true });
    await admin(request(t.url).post('/api/v1/modules/webhook/enable'));
    await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'p', trigger_id: 'event-publish', data: webhookTo('event-publish', `${echo.url}/query/event-publish`) });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => echo?.server.close(r));
  });

  it('a `/query` that our own action makes MISP send back while the run is in progress passes without a run', async () => {
    const res = await request(t.url).post('/query').send({ module: 'workflow_event_publish', data: publishEvent(7) });
    expect(res.body).toEqual({ data: true });
    expect(echo.answers).toEqual([{ status: 200, body: { data: true } }]);
    const runs = (await admin(request(t.url).get('/api/v1/executions?trigger_id=event-publish'))).body.data as unknown[];
    expect(runs).toHaveLength(1);
    const logs = (await admin(request(t.url).get('/api/v1/logs?model=Workflow&limit=50'))).body.data as Array<{ title: string }>;
    expect(logs.some((l) => l.title.includes('Skipped re-entrant call of trigger `event-publish`'))).toBe(true);
  });
});
