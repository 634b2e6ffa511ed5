import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/*
 * The behaviours of contract §2, §4, §5 and §6 that the feature test files leave out (see test/README.md for
 * the whole map): every field of the answers, 404s, filters and pagination, the blocking deadline, the
 * misp-modules secret on /query, API key removal, and the OpenAPI document listing every route.
 */

/** 1(trigger) ─▶ 2(IF :: Tag, event_attribute in_or [tlp:red]) ─then▶ 3(stop-execution) */
const tlpRedGraph = (trigger: string) => ({
  '1': storedNode(1, trigger, 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red is not published' }),
});

/** An event as MISP's `event-publish` hook passes it, one attribute tagged with `tags`. */
const rawEvent = (tags: string[]) => ({
  Event: {
    id: '12',
    info: 'coverage',
    orgc_id: '1',
    org_id: '1',
    Orgc: { id: '1', name: 'ORG' },
    Tag: [],
    Attribute: [{ id: '1', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.1', to_ids: true, Tag: tags.map((name) => ({ id: '9', name })) }],
    Object: [],
  },
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe.each(dbTargets())('contract coverage on $name', (target) => {
  let t: TestApp;
  let viewerKey: string;
  let workflowId: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const viewer = (r: request.Test) => r.set('Authorization', viewerKey);
  const hook = (trigger: string, data: unknown, extra: object = {}) => admin(http().post(`/api/v1/hooks/misp/${trigger}`)).send({ data, ...extra });

  beforeAll(async () => {
    t = await startTestApp(target, { WORKER: 'false' });
    viewerKey = (await admin(http().post('/api/v1/api-keys')).send({ name: 'reader', role: 'viewer' })).body.key;
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });
    const wf = await admin(http().post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: tlpRedGraph('event-publish') });
    expect(wf.status).toBe(201);
    workflowId = wf.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('§2 authentication on every read route', () => {
    const reads = ['/settings', '/settings/definitions', '/triggers', '/workflows', '/executions', '/modules', '/modules/tag-if', '/blueprints', '/logs', '/api-keys/me'];
    it.each(reads)('GET %s: 401 without a key, 200 for a viewer', async (path) => {
      const anonymous = await http().get(`/api/v1${path}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      expect((await viewer(http().get(`/api/v1${path}`))).status).toBe(200);
    });

    it('a key with a `Bearer ` prefix is accepted too', async () => {
      expect((await http().get('/api/v1/triggers').set('Authorization', `Bearer ${viewerKey}`)).status).toBe(200);
    });
  });

  describe('§4 GET /triggers', () => {
    it("lists MISP's 17 triggers with every contract field, typed", async () => {
      const res = await viewer(http().get('/api/v1/triggers'));
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(17);
      for (const trigger of res.body) {
        expect(trigger).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            name: expect.any(String),
            scope: expect.any(String),
            description: expect.any(String),
            blocking: expect.any(Boolean),
            misp_core_format: expect.any(Boolean),
            trigger_overhead: expect.any(Number),
            enabled: expect.any(Boolean),
            run_counter: expect.any(Number),
          }),
        );
        expect([1, 2, 3]).toContain(trigger.trigger_overhead);
      }
      const ids = res.body.map((x: { id: string }) => x.id);
      expect(new Set(ids).size).toBe(17);
      expect(ids).toEqual(expect.arrayContaining(['event-publish', 'event-before-save', 'attribute-after-save', 'enrichment-before-query', 'user-before-save', 'log-after-save']));
      const unbound = res.body.find((x: { id: string }) => x.id === 'log-after-save');
      expect(unbound).toMatchObject({ enabled: false, workflow_id: null, run_counter: 0, last_update: null, blocking: false });
    });

    it('shows the bound workflow, its run counter and last update', async () => {
      await hook('event-publish', rawEvent([]));
      const res = await viewer(http().get('/api/v1/triggers'));
      const bound = res.body.find((x: { id: string }) => x.id === 'event-publish');
      expect(bound).toMatchObject({ enabled: true, blocking: true, misp_core_format: true, workflow_id: workflowId });
      expect(bound.run_counter).toBeGreaterThanOrEqual(1);
      expect(bound.last_update).toMatch(ISO);
    });
  });

  describe('§4 workflows', () => {
    const missing = '00000000-0000-4000-8000-000000000000';

    it('GET and export of an unknown id → 404 in the error shape', async () => {
      for (const res of [await viewer(http().get(`/api/v1/workflows/${missing}`)), await viewer(http().get(`/api/v1/workflows/${missing}/export`))]) {
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      }
    });

    it('lists filtered by trigger_id and pages through the rest', async () => {
      const other = await admin(http().post('/api/v1/workflows')).send({ name: 'Users', trigger_id: 'user-after-save', data: { '1': storedNode(1, 'user-after-save', 'trigger', []) } });
      expect(other.status).toBe(201);
      const filtered = await viewer(http().get('/api/v1/workflows?trigger_id=user-after-save'));
      expect(filtered.body).toMatchObject({ total: 1, data: [expect.objectContaining({ id: other.body.id })] });
      const first = await viewer(http().get('/api/v1/workflows?limit=1&page=1'));
      const second = await viewer(http().get('/api/v1/workflows?limit=1&page=2'));
      expect(first.body).toMatchObject({ page: 1, limit: 1, total: 2 });
      expect(second.body).toMatchObject({ page: 2, limit: 1, total: 2 });
      expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
      expect((await admin(http().delete(`/api/v1/workflows/${other.body.id}`))).status).toBe(204);
    });

    it('a partial PUT changes only what it names; the graph stays verbatim', async () => {
      const res = await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ description: 'no red' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Block tlp:red', description: 'no red', trigger_id: 'event-publish', data: tlpRedGraph('event-publish') });
    });

    it('check-graph reports a cycle, a forked output and a blocking module behind a concurrent task, without saving', async () => {
      const before = (await viewer(http().get('/api/v1/workflows'))).body.total;
      const cyclic = { ...tlpRedGraph('event-publish'), '3': storedNode(3, 'stop-execution', 'action', output1(2)) };
      const cycle = await admin(http().post('/api/v1/workflows/check-graph')).send({ graph: cyclic });
      expect(cycle.status).toBe(200);
      expect(cycle.body.is_acyclic).toMatchObject({ is_acyclic: false });
      const forked = { '1': storedNode(1, 'event-publish', 'trigger', output1(2, 3)), '2': storedNode(2, 'stop-execution', 'action', []), '3': storedNode(3, 'stop-execution', 'action', []) };
      const fork = await admin(http().post('/api/v1/workflows/check-graph')).send({ graph: forked });
      expect(fork.body.multiple_output_connection).toMatchObject({ has_multiple_output_connection: true });
      const concurrent = {
        '1': storedNode(1, 'event-after-save', 'trigger', output1(2)),
        '2': { ...storedNode(2, 'concurrent-task', 'logic', output1(3, 4)), data: { id: 'concurrent-task', module_type: 'logic', name: 'c', indexed_params: [], multiple_output_connection: true } },
        '3': storedNode(3, 'stop-execution', 'action', []),
        '4': storedNode(4, 'tag-if', 'logic', { output_1: { connections: [] }, output_2: { connections: [] } }),
      };
      const warned = await admin(http().post('/api/v1/workflows/check-graph')).send({ graph: concurrent });
      expect(warned.body).toMatchObject({
        is_acyclic: { is_acyclic: true },
        multiple_output_connection: { has_multiple_output_connection: false },
        path_warnings: { has_path_warnings: true },
      });
      expect((await viewer(http().get('/api/v1/workflows'))).body.total).toBe(before);
    });

    it('execute answers {success, outcome, errors, execution_id} and records a manual run', async () => {
      const counter = (await viewer(http().get(`/api/v1/workflows/${workflowId}`))).body.counter;
      const res = await admin(http().post(`/api/v1/workflows/${workflowId}/execute`)).send({ data: rawEvent(['tlp:red']) });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['errors', 'execution_id', 'outcome', 'success']);
      expect(res.body).toMatchObject({ success: false, outcome: 'blocked', errors: [expect.stringContaining('tlp:red is not published')] });
      const execution = await viewer(http().get(`/api/v1/executions/${res.body.execution_id}`));
      expect(execution.body).toMatchObject({ source: 'manual', outcome: 'blocked', workflow_id: workflowId });
      expect((await viewer(http().get(`/api/v1/workflows/${workflowId}`))).body.counter).toBe(counter + 1);
    });
  });

  describe('§4 executions', () => {
    it('detail: every step has node id, module id, status, times, duration, and the error or data preview', async () => {
      const run = await hook('event-publish', rawEvent(['tlp:red']));
      const res = await viewer(http().get(`/api/v1/executions/${run.body.execution_id}`));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: run.body.execution_id, workflow_id: workflowId, trigger_id: 'event-publish', source: 'hook', outcome: 'blocked', success: false });
      expect(res.body.started_at).toMatch(ISO);
      expect(res.body.finished_at).toMatch(ISO);
      expect(res.body.duration_ms).toEqual(expect.any(Number));
      expect(res.body.steps).toHaveLength(3);
      for (const step of res.body.steps) {
        expect(step).toEqual(expect.objectContaining({ node_id: expect.any(Number), module_id: expect.any(String), status: expect.any(String), duration_ms: expect.any(Number) }));
        expect(step.started_at).toMatch(ISO);
        expect(step.finished_at).toMatch(ISO);
        expect(step.data_preview).toEqual(expect.any(String));
      }
      expect(res.body.steps[2]).toMatchObject({ node_id: 3, module_id: 'stop-execution', status: 'blocked', error: 'tlp:red is not published' });
    });

    it('filters by trigger_id and outcome, newest first, and pages', async () => {
      await hook('event-publish', rawEvent([]));
      const all = await viewer(http().get('/api/v1/executions?trigger_id=event-publish&limit=200'));
      expect(all.body.total).toBeGreaterThanOrEqual(3);
      const starts = all.body.data.map((e: { started_at: string }) => e.started_at);
      expect([...starts].sort().reverse()).toEqual(starts);
      const blocked = await viewer(http().get('/api/v1/executions?trigger_id=event-publish&outcome=blocked'));
      expect(blocked.body.data.length).toBeGreaterThan(0);
      expect(blocked.body.data.every((e: { outcome: string }) => e.outcome === 'blocked')).toBe(true);
      const success = await viewer(http().get('/api/v1/executions?outcome=success'));
      expect(success.body.total + blocked.body.total).toBeLessThanOrEqual(all.body.total);
      expect(success.body.data.every((e: { outcome: string }) => e.outcome === 'success')).toBe(true);
      expect((await viewer(http().get('/api/v1/executions?trigger_id=user-before-save'))).body).toMatchObject({ total: 0, data: [] });
      const page2 = await viewer(http().get('/api/v1/executions?trigger_id=event-publish&limit=1&page=2'));
      expect(page2.body).toMatchObject({ page: 2, limit: 1, total: all.body.total });
      expect(page2.body.data[0].id).toBe(all.body.data[1].id);
    });

    it('an unknown execution → 404', async () => {
      const res = await viewer(http().get('/api/v1/executions/00000000-0000-4000-8000-000000000000'));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    });
  });

  describe('§4 modules', () => {
    it('GET /modules/:id gives the manifest, source and enabled state', async () => {
      const res = await viewer(http().get('/api/v1/modules/stop-execution'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: 'stop-execution', module_type: 'action', source: 'default', enabled: true, blocking: true });
      expect(res.body).toEqual(
        expect.objectContaining({ params: expect.any(Array), support_filters: expect.any(Boolean), expect_misp_core_format: expect.any(Boolean), version: expect.any(String) }),
      );
      expect(res.body.params.map((p: { id?: string; label?: string }) => p.id ?? p.label)).toContain('message');
    });

    it('lists every module type, each with a source', async () => {
      const res = await viewer(http().get('/api/v1/modules'));
      const types = new Set(res.body.map((m: { module_type: string }) => m.module_type));
      expect([...types].sort()).toEqual(['action', 'logic', 'trigger']);
      expect(res.body.filter((m: { module_type: string }) => m.module_type === 'trigger')).toHaveLength(17);
      expect(res.body.every((m: { source: string }) => ['default', 'custom', 'misp-module'].includes(m.source))).toBe(true);
    });

    it('disable and enable persist and show in the list and the detail; a viewer may not toggle', async () => {
      const off = await admin(http().post('/api/v1/modules/tag-if/disable'));
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ id: 'tag-if', enabled: false });
      expect((await viewer(http().get('/api/v1/modules/tag-if'))).body.enabled).toBe(false);
      const listed = (await viewer(http().get('/api/v1/modules'))).body.find((m: { id: string }) => m.id === 'tag-if');
      expect(listed.enabled).toBe(false);
      expect((await viewer(http().post('/api/v1/modules/tag-if/enable'))).status).toBe(403);
      expect((await viewer(http().get('/api/v1/modules/tag-if'))).body.enabled).toBe(false);
      expect((await admin(http().post('/api/v1/modules/tag-if/enable'))).body).toMatchObject({ id: 'tag-if', enabled: true });
    });
  });

  describe('§4 blueprints', () => {
    it('creates, reads, updates (name and data), lists with pagination and search, and 404s once deleted', async () => {
      const created = await admin(http().post('/api/v1/blueprints')).send({ name: 'Coverage blueprint', description: 'first', data: [storedNode(7, 'stop-execution', 'action', [])] });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect((await viewer(http().get(`/api/v1/blueprints/${id}`))).body).toMatchObject({ name: 'Coverage blueprint', description: 'first', default: false });
      const newData = [storedNode(8, 'tag-if', 'logic', { output_1: { connections: [] }, output_2: { connections: [] } })];
      const updated = await admin(http().put(`/api/v1/blueprints/${id}`)).send({ name: 'Coverage blueprint v2', data: newData });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: 'Coverage blueprint v2', description: 'first', data: newData });
      expect((await viewer(http().get(`/api/v1/blueprints/${id}`))).body.data).toEqual(newData);

      const search = await viewer(http().get('/api/v1/blueprints?q=coverage'));
      expect(search.body).toMatchObject({ total: 1, data: [expect.objectContaining({ id })] });
      const all = await viewer(http().get('/api/v1/blueprints?limit=200'));
      const page2 = await viewer(http().get('/api/v1/blueprints?limit=2&page=2'));
      expect(page2.body).toMatchObject({ page: 2, limit: 2, total: all.body.total });
      expect(page2.body.data.map((b: { id: string }) => b.id)).toEqual(all.body.data.slice(2, 4).map((b: { id: string }) => b.id));

      expect((await admin(http().delete(`/api/v1/blueprints/${id}`))).status).toBe(204);
      for (const res of [await viewer(http().get(`/api/v1/blueprints/${id}`)), await viewer(http().get(`/api/v1/blueprints/${id}/export`))]) {
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      }
    });

    it('an export file imports back with the same uuid, name, description, timestamp and data', async () => {
      const source = await admin(http().post('/api/v1/blueprints/import')).send({
        WorkflowBlueprint: { uuid: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', name: 'Round trip', description: '[event-publish]\nx', timestamp: '1700000000', data: JSON.stringify([storedNode(4, 'stop-execution', 'action', [])]) },
      });
      expect(source.status).toBe(201);
      // MISP also sends `data` as a JSON string: it is stored as the node list.
      expect(source.body.data).toEqual([storedNode(4, 'stop-execution', 'action', [])]);
      const file = (await viewer(http().get(`/api/v1/blueprints/${source.body.id}/export`))).body;
      await admin(http().delete(`/api/v1/blueprints/${source.body.id}`));
      const back = await admin(http().post('/api/v1/blueprints/import')).send(file);
      expect(back.status).toBe(201);
      expect(back.body).toMatchObject({ uuid: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', name: 'Round trip', description: '[event-publish]\nx', timestamp: 1700000000, data: source.body.data });
    });

    it('a viewer may read but not write blueprints', async () => {
      expect((await viewer(http().post('/api/v1/blueprints')).send({ name: 'x', data: [] })).status).toBe(403);
      expect((await viewer(http().get('/api/v1/blueprints'))).status).toBe(200);
    });
  });

  describe('§4 logs', () => {
    it('newest first, filtered by model and action together, paginated', async () => {
      await hook('event-publish', rawEvent(['tlp:red']), { logging: { model: 'Event', action: 'publish', id: 12, message: 'Publishing stopped.' } });
      await hook('event-publish', rawEvent(['tlp:red']), { logging: { model: 'Event', action: 'edit', id: 13, message: 'Edit stopped.' } });
      const both = await viewer(http().get('/api/v1/logs?model=Event&action=publish'));
      expect(both.body.data.length).toBeGreaterThan(0);
      expect(both.body.data.every((e: { model: string; action: string }) => e.model === 'Event' && e.action === 'publish')).toBe(true);
      const events = await viewer(http().get('/api/v1/logs?model=Event'));
      expect(events.body.data.map((e: { title: string }) => e.title).slice(0, 2)).toEqual(['Edit stopped.', 'Publishing stopped.']);
      const created = events.body.data.map((e: { created: string }) => e.created);
      expect([...created].sort().reverse()).toEqual(created);
      const page = await viewer(http().get('/api/v1/logs?model=Event&limit=1&page=2'));
      expect(page.body).toMatchObject({ page: 2, limit: 1, total: events.body.total, data: [expect.objectContaining({ title: 'Publishing stopped.' })] });
    });

    it("keeps an entry whose caller-given fields PostgreSQL could not store, and the entries logged with it", async () => {
      const model = `Event${'x'.repeat(200)}`;
      await hook('event-publish', rawEvent(['tlp:red']), { logging: { model, action: 'publish', id: 14, message: 'Stopped \u0000 here.' } });
      await hook('event-publish', rawEvent(['tlp:red']), { logging: { model: 'Event', action: 'publish', id: 15, message: 'Next one.' } });
      const res = await viewer(http().get('/api/v1/logs?limit=50'));
      const titles = res.body.data.map((e: { title: string }) => e.title);
      expect(titles).toEqual(expect.arrayContaining(['Stopped  here.', 'Next one.']));
      expect(res.body.data.find((e: { title: string }) => e.title === 'Stopped  here.').model).toBe(model.slice(0, 80));
    });
  });

  describe('§5 hooks', () => {
    it('a non-blocking trigger that nothing listens to → 200 {success: true, queued: false, execution_id: null}', async () => {
      const res = await hook('object-after-save', { Object: { id: '1' } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ success: true, queued: false, execution_id: null });
    });

    it('a blocking trigger with workflows globally off → success, nothing run', async () => {
      await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': false });
      try {
        const before = (await viewer(http().get('/api/v1/executions'))).body.total;
        const res = await hook('event-publish', rawEvent(['tlp:red']));
        expect(res.body).toEqual({ success: true, outcome: 'success', errors: [], execution_id: null });
        expect((await viewer(http().get('/api/v1/executions'))).body.total).toBe(before);
      } finally {
        await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
      }
    });

    describe('the blocking deadline (Plugin.Workflow_blocking_timeout)', () => {
      let slow: Server;
      let slowUrl: string;
      beforeAll(async () => {
        // Accepts the webhook call and never answers while the test runs.
        slow = createServer(() => undefined);
        await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
        const address = slow.address();
        slowUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      });
      afterAll(async () => {
        slow.closeAllConnections();
        await new Promise((resolve) => slow.close(resolve));
      });

      it('a run that outlives it ends as failure, with a clear error, in about that time', async () => {
        await admin(http().patch('/api/v1/settings')).send({
          'Plugin.Workflow_blocking_timeout': 1,
          'Plugin.Workflow_triggers_event-before-save': true,
          'Security.rest_client_enable_arbitrary_urls': true,
        });
        await admin(http().post('/api/v1/modules/webhook/enable'));
        const graph = { '1': storedNode(1, 'event-before-save', 'trigger', output1(2)), '2': storedNode(2, 'webhook', 'action', [], { url: `${slowUrl}/hang`, content_type: 'json', request_method: 'post', self_signed: 'deny', payload: '', headers: '' }) };
        const wf = await admin(http().post('/api/v1/workflows')).send({ name: 'Slow', trigger_id: 'event-before-save', data: graph });
        expect(wf.status).toBe(201);
        try {
          const started = Date.now();
          const res = await hook('event-before-save', rawEvent([]));
          const took = Date.now() - started;
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({ success: false, outcome: 'failure', errors: expect.arrayContaining(['Workflow exceeded its deadline (1 s)']) });
          expect(took).toBeGreaterThanOrEqual(900);
          expect(took).toBeLessThan(8_000);
          const execution = await viewer(http().get(`/api/v1/executions/${res.body.execution_id}`));
          expect(execution.body).toMatchObject({ outcome: 'failure', success: false, errors: expect.arrayContaining(['Workflow exceeded its deadline (1 s)']) });
        } finally {
          await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_blocking_timeout': 10, 'Plugin.Workflow_triggers_event-before-save': false });
          await admin(http().delete(`/api/v1/workflows/${wf.body.id}`));
        }
      }, 20_000);
    });
  });

  describe('§6 misp-modules surface', () => {
    it('with the shared secret set, /modules and /query need it; /healthcheck and /version stay open', async () => {
      await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_misp_modules_secret': 'coverage-secret-123' });
      try {
        const query = { module: 'workflow_event_publish', data: { Event: { id: '3', info: 'x', Tag: [], Attribute: [], _AttributeFlattened: [] } } };
        const refused = await http().post('/query').send(query);
        expect(refused.status).toBe(401);
        expect(refused.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
        const wrong = await http().post('/query').set('Authorization', 'not-the-secret').send(query);
        expect(wrong.status).toBe(401);
        const ok = await http().post('/query').set('Authorization', 'coverage-secret-123').send(query);
        expect(ok.status).toBe(200);
        expect(ok.body).toEqual({ data: true });
        expect((await http().get('/healthcheck')).body).toEqual({ status: true });
        expect((await http().get('/version')).status).toBe(200);
      } finally {
        await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_misp_modules_secret': '' });
      }
    });

    it('a /query body that is not an object is an {"error"} answer, and the surface keeps serving', async () => {
      for (const body of ['[1, 2]', '"text"', 'null']) {
        const res = await http().post('/query').set('Content-Type', 'application/json').send(body);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toHaveProperty('error');
      }
      expect((await http().get('/healthcheck')).status).toBe(200);
    });
  });

  describe('API keys', () => {
    it('shows a new key once, never lists it, and a deleted key stops working at once', async () => {
      const created = await admin(http().post('/api/v1/api-keys')).send({ name: 'temporary', role: 'viewer' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'temporary', role: 'viewer', key: expect.any(String) });
      expect(created.body.key.length).toBeGreaterThanOrEqual(32);
      const listed = await admin(http().get('/api/v1/api-keys'));
      expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
      expect((await http().get('/api/v1/triggers').set('Authorization', created.body.key)).status).toBe(200);
      expect((await admin(http().delete(`/api/v1/api-keys/${created.body.id}`))).status).toBe(204);
      const after = await http().get('/api/v1/triggers').set('Authorization', created.body.key);
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('unauthorized');
    });

    it('a viewer may not create or delete keys', async () => {
      expect((await viewer(http().post('/api/v1/api-keys')).send({ name: 'x', role: 'admin' })).status).toBe(403);
      const me = await viewer(http().get('/api/v1/api-keys/me'));
      expect((await viewer(http().delete(`/api/v1/api-keys/${me.body.id}`))).status).toBe(403);
    });
  });

  describe('OpenAPI', () => {
    it('documents every route of contract §4', async () => {
      const doc = await http().get('/api/v1/openapi.json');
      const paths = doc.body.paths as Record<string, Record<string, unknown>>;
      const has = (method: string, path: string) => expect({ [`${method} ${path}`]: Boolean(paths[path]?.[method]) }).toEqual({ [`${method} ${path}`]: true });
      has('get', '/api/v1/health');
      has('get', '/api/v1/settings');
      has('patch', '/api/v1/settings');
      has('get', '/api/v1/triggers');
      has('get', '/api/v1/workflows');
      has('post', '/api/v1/workflows');
      for (const method of ['get', 'put', 'delete']) has(method, '/api/v1/workflows/{id}');
      has('post', '/api/v1/workflows/check-graph');
      has('post', '/api/v1/workflows/{id}/execute');
      has('get', '/api/v1/executions');
      has('get', '/api/v1/executions/{id}');
      has('get', '/api/v1/modules');
      has('get', '/api/v1/modules/{id}');
      has('post', '/api/v1/modules/{id}/enable');
      has('post', '/api/v1/modules/{id}/disable');
      has('get', '/api/v1/blueprints');
      has('post', '/api/v1/blueprints');
      for (const method of ['get', 'put', 'delete']) has(method, '/api/v1/blueprints/{id}');
      has('post', '/api/v1/blueprints/import');
      has('get', '/api/v1/blueprints/{id}/export');
      has('get', '/api/v1/logs');
      has('post', '/api/v1/hooks/misp/{trigger_id}');
      const executions = paths['/api/v1/executions']['get'] as { parameters: { name: string }[] };
      expect(executions.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['workflow_id', 'trigger_id', 'outcome', 'from', 'to', 'page', 'limit']));
    });
  });
});
