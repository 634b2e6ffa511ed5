import request from 'supertest';
import { counts, dbState } from './support/db-state';
import { dbTargets } from './support/db-targets';
import { rawRequest } from './support/raw-request';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { sendStreamedBody } from './support/streamed-body';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/*
 * Contract §3 against every write route: malformed JSON, a body that is not an object, a missing key, a wrong
 * type, a body over 64 MB, an unknown trigger, an invalid graph. Each refusal must have the §3 shape and leave
 * the database exactly as it was (every row of every table a write could touch, compared before and after).
 */

const MB = 1024 * 1024;

/** 1(trigger) ─▶ 2(IF :: Tag, event_attribute in_or [tlp:red]) ─then▶ 3(stop-execution) */
const blockingGraph = (trigger: string) => ({
  '1': storedNode(1, trigger, 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red is not published' }),
  _frames: {},
});
/** The same with 3 ─▶ 2: a cycle. */
const cyclicGraph = (trigger: string) => ({ ...blockingGraph(trigger), '3': storedNode(3, 'stop-execution', 'action', output1(2)) });
/** Two connections from the trigger's only output (not a `multiple_output_connection` module). */
const forkedGraph = (trigger: string) => ({
  '1': storedNode(1, trigger, 'trigger', output1(2, 3)),
  '2': storedNode(2, 'stop-execution', 'action', []),
  '3': storedNode(3, 'stop-execution', 'action', []),
});
const loneTrigger = (trigger: string) => ({ '1': storedNode(1, trigger, 'trigger', []) });

type Answer = { status: number; body: unknown };

/** Contract §3: `{"error": {"code", "message", "details"?}}`, nothing else, no stack trace. */
function expectErrorShape(body: unknown, code: string): { code: string; message: string; details?: unknown } {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  const error = (body as { error: Record<string, unknown> }).error;
  expect(Object.keys(error).every((k) => ['code', 'message', 'details'].includes(k))).toBe(true);
  expect(String(error['message']).length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules/);
  return error as { code: string; message: string; details?: unknown };
}

describe.each(dbTargets())('bad input on the write routes on $name', (target) => {
  let t: TestApp;
  let workflowId: string;
  let blueprintId: string;
  let viewerKey: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  /** Sends, then checks the status, the §3 shape and that no row changed anywhere. */
  async function refused(send: () => PromiseLike<Answer>, status: number, code: string) {
    const before = await dbState(t);
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    const error = expectErrorShape(res.body, code);
    const after = await dbState(t);
    expect(counts(after)).toEqual(counts(before));
    expect(after).toEqual(before);
    return error;
  }

  beforeAll(async () => {
    // HTTP only: a queued job stays in `jobs` untouched, so the tables are exactly comparable.
    t = await startTestApp(target, { WORKER: 'false' });
    await admin(http().patch('/api/v1/settings')).send({
      'Plugin.Workflow_enable': true,
      'Plugin.Workflow_triggers_event-publish': true,
      'Plugin.Workflow_triggers_attribute-after-save': true,
    });
    const wf = await admin(http().post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: blockingGraph('event-publish') });
    expect(wf.status).toBe(201);
    workflowId = wf.body.id;
    const queued = await admin(http().post('/api/v1/workflows')).send({ name: 'Attributes', trigger_id: 'attribute-after-save', data: loneTrigger('attribute-after-save') });
    expect(queued.status).toBe(201);
    const bp = await admin(http().post('/api/v1/blueprints')).send({ name: 'Stop', data: [storedNode(5, 'stop-execution', 'action', [])] });
    expect(bp.status).toBe(201);
    blueprintId = bp.body.id;
    viewerKey = (await admin(http().post('/api/v1/api-keys')).send({ name: 'viewer', role: 'viewer' })).body.key;
    // One of each row kind exists, so "unchanged" is a real comparison (a valid non-blocking hook: a job + payload).
    expect((await admin(http().post('/api/v1/hooks/misp/attribute-after-save')).send({ data: { Attribute: { id: '1', type: 'ip-dst', value: '192.0.2.1' } } })).status).toBe(202);
    expect((await admin(http().post(`/api/v1/workflows/${workflowId}/execute`)).send({ data: { Event: { id: '1', info: 'x', Attribute: [] } } })).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('starts from a database holding a row of every kind', async () => {
    expect(counts(await dbState(t))).toEqual(expect.objectContaining({ workflows: 2, jobs: 1, payloads: 1, executions: 1, blueprints: 4 }));
  });

  type WriteRoute = {
    route: string;
    method: 'post' | 'put' | 'patch';
    path: () => string;
    /** A body without a required key, and that key (bodies are built once the fixtures exist). */
    missing?: { body: () => unknown; key: string };
    /** A body with one value of the wrong type (among valid ones), and its key. */
    wrongType: { body: () => unknown; key: string };
  };
  const routes: WriteRoute[] = [
    {
      route: 'PATCH /settings',
      method: 'patch',
      path: () => '/api/v1/settings',
      // One bad key among good ones: nothing written, not even the good ones.
      wrongType: { body: () => ({ 'Plugin.Action_timeout': 30, 'Plugin.Workflow_debug_url': 'http://127.0.0.1:9', 'Plugin.Action_services_port': 'six' }), key: 'Plugin.Action_services_port' },
    },
    {
      route: 'POST /workflows',
      method: 'post',
      path: () => '/api/v1/workflows',
      missing: { body: () => ({ trigger_id: 'event-after-save', data: loneTrigger('event-after-save') }), key: 'name' },
      wrongType: { body: () => ({ name: 5, trigger_id: 'event-after-save', data: loneTrigger('event-after-save') }), key: 'name' },
    },
    {
      route: 'PUT /workflows/:id',
      method: 'put',
      path: () => `/api/v1/workflows/${workflowId}`,
      wrongType: { body: () => ({ name: 'renamed', debug_enabled: 'yes' }), key: 'debug_enabled' },
    },
    {
      route: 'POST /workflows/check-graph',
      method: 'post',
      path: () => '/api/v1/workflows/check-graph',
      missing: { body: () => ({}), key: 'graph' },
      wrongType: { body: () => ({ graph: 'a graph' }), key: 'graph' },
    },
    {
      route: 'POST /workflows/import',
      method: 'post',
      path: () => '/api/v1/workflows/import',
      missing: { body: () => ({ format: 'misp-workflow-platform/workflow@1' }), key: 'workflow' },
      wrongType: { body: () => ({ format: 'misp-workflow-platform/workflow@1', workflow: { name: 'x', trigger_id: 'event-after-save', data: loneTrigger('event-after-save'), debug_enabled: 1 } }), key: 'workflow.debug_enabled' },
    },
    {
      route: 'POST /workflows/:id/execute',
      method: 'post',
      path: () => `/api/v1/workflows/${workflowId}/execute`,
      missing: { body: () => ({ input: {} }), key: 'data' },
      wrongType: { body: () => 'data', key: '' },
    },
    {
      route: 'POST /blueprints',
      method: 'post',
      path: () => '/api/v1/blueprints',
      missing: { body: () => ({ data: [] }), key: 'name' },
      wrongType: { body: () => ({ name: 'x', data: 5 }), key: 'data' },
    },
    {
      route: 'PUT /blueprints/:id',
      method: 'put',
      path: () => `/api/v1/blueprints/${blueprintId}`,
      wrongType: { body: () => ({ name: 'renamed', description: ['a'] }), key: 'description' },
    },
    {
      route: 'POST /blueprints/import',
      method: 'post',
      path: () => '/api/v1/blueprints/import',
      missing: { body: () => ({ name: 'x', data: [] }), key: 'WorkflowBlueprint' },
      wrongType: { body: () => ({ WorkflowBlueprint: { name: 'x', data: 5 } }), key: 'WorkflowBlueprint.data' },
    },
    {
      route: 'POST /blueprints/from-workflow',
      method: 'post',
      path: () => '/api/v1/blueprints/from-workflow',
      missing: { body: () => ({ workflow_id: workflowId, name: 'x' }), key: 'node_ids' },
      wrongType: { body: () => ({ workflow_id: workflowId, node_ids: ['2'], name: 'x' }), key: 'node_ids.0' },
    },
    {
      route: 'POST /workflows/:id/insert-blueprint',
      method: 'post',
      path: () => `/api/v1/workflows/${workflowId}/insert-blueprint`,
      missing: { body: () => ({ offset: { x: 1, y: 1 } }), key: 'blueprint_id' },
      wrongType: { body: () => ({ blueprint_id: blueprintId, offset: { x: 'left', y: 1 } }), key: 'offset.x' },
    },
    {
      route: 'POST /hooks/misp/:trigger (blocking)',
      method: 'post',
      path: () => '/api/v1/hooks/misp/event-publish',
      missing: { body: () => ({ logging: { model: 'Event' } }), key: 'data' },
      wrongType: { body: () => ({ data: { Event: { id: '1' } }, logging: 'Event' }), key: 'logging' },
    },
    {
      route: 'POST /hooks/misp/:trigger (non-blocking)',
      method: 'post',
      path: () => '/api/v1/hooks/misp/attribute-after-save',
      missing: { body: () => ({}), key: 'data' },
      wrongType: { body: () => ({ data: { Attribute: { id: '1' } }, logging: { model: 'Attribute', id: true } }), key: 'logging.id' },
    },
    {
      route: 'POST /api-keys',
      method: 'post',
      path: () => '/api/v1/api-keys',
      missing: { body: () => ({ role: 'viewer' }), key: 'name' },
      wrongType: { body: () => ({ name: 'x', role: 7 }), key: 'role' },
    },
  ];
  // Routes without a body still parse one when it is sent: garbage must not get through either.
  const bodyless = [
    { route: 'POST /modules/:id/enable', path: () => '/api/v1/modules/generic-filter-data/enable' },
    { route: 'POST /modules/:id/disable', path: () => '/api/v1/modules/tag-if/disable' },
    { route: 'POST /modules/reload', path: () => '/api/v1/modules/reload' },
  ];

  describe.each(routes)('$route', (r) => {
    const send = (body: string, contentType = 'application/json') => admin(http()[r.method](r.path())).set('Content-Type', contentType).send(body);

    it('malformed JSON → 400 invalid_json', async () => {
      await refused(() => send('{"name": "x", "data": {'), 400, 'invalid_json');
    });

    it('a JSON body that is not an object → 400', async () => {
      const error = await refused(() => send('[1, 2, 3]'), 400, r.route === 'PATCH /settings' ? 'bad_request' : 'validation_failed');
      expect(error.message).toMatch(/object/i);
    });

    it('an empty body → 400', async () => {
      await refused(() => send(''), 400, r.route === 'PATCH /settings' ? 'bad_request' : 'validation_failed');
    });

    if (r.missing) {
      const { body, key } = r.missing;
      it(`a missing \`${key}\` → 400 validation_failed naming it`, async () => {
        const error = await refused(() => admin(http()[r.method](r.path())).send(body() as object), 400, 'validation_failed');
        expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: key })]));
      });
    }

    it(`a wrong type for \`${r.wrongType.key || 'the body'}\` → 400 validation_failed naming it`, async () => {
      const { key } = r.wrongType;
      const body = r.wrongType.body();
      const res = () => (typeof body === 'string' ? send(JSON.stringify(body)) : admin(http()[r.method](r.path())).send(body as object));
      const error = await refused(res, 400, 'validation_failed');
      const named = (error.details as { path?: string; name?: string }[]).map((d) => d.path ?? d.name);
      expect(named).toContain(key);
    });

    it('a form-encoded body → 415, never parsed', async () => {
      await refused(() => send('name=x&data=y', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
    });

    it('a 100 MB Content-Length → 413 payload_too_large from the headers alone', async () => {
      const res = async () => {
        const raw = await rawRequest(t.url, {
          method: r.method.toUpperCase(),
          path: r.path(),
          headers: { authorization: TEST_ADMIN_KEY, 'content-type': 'application/json', 'content-length': String(100 * MB) },
        });
        return { status: raw.status, body: JSON.parse(raw.body) as unknown };
      };
      await refused(res, 413, 'payload_too_large');
    });

    it('a viewer key → 403, nothing written', async () => {
      await refused(() => http()[r.method](r.path()).set('Authorization', viewerKey).send({}), 403, 'forbidden');
    });

    it('no key → 401, nothing written', async () => {
      await refused(() => http()[r.method](r.path()).send({}), 401, 'unauthorized');
    });
  });

  describe.each(bodyless)('$route', (r) => {
    it('malformed JSON → 400 invalid_json, a viewer → 403, and nothing changes', async () => {
      await refused(() => admin(http().post(r.path())).set('Content-Type', 'application/json').send('{"enabled": tru'), 400, 'invalid_json');
      await refused(() => http().post(r.path()).set('Authorization', viewerKey), 403, 'forbidden');
    });
  });

  describe('real bodies over 64 MB', () => {
    const streamed = [
      { route: 'POST /workflows', path: '/api/v1/workflows' },
      { route: 'POST /hooks/misp/:trigger (non-blocking)', path: '/api/v1/hooks/misp/attribute-after-save' },
    ];
    it.each(streamed)('$route: 100 MB sent with a Content-Length → 413 before the body is read, and the API keeps serving', async ({ path }) => {
      const answer = async () => {
        const res = await sendStreamedBody(t.url, { method: 'POST', path, headers: { authorization: TEST_ADMIN_KEY, 'content-type': 'application/json' }, totalBytes: 100 * MB });
        // Refused from the headers: far less than the 64 MB limit had gone out when the answer came.
        expect(res.bytesSent).toBeLessThan(64 * MB);
        return { status: res.status, body: JSON.parse(res.body) as unknown };
      };
      await refused(answer, 413, 'payload_too_large');
      expect((await http().get('/api/v1/health')).status).toBe(200);
    }, 60_000);

    it.each(streamed)('$route: 100 MB sent chunked (no length) → 413 once 64 MB are read, not after the 100 MB', async ({ path }) => {
      const answer = async () => {
        const res = await sendStreamedBody(t.url, { method: 'POST', path, headers: { authorization: TEST_ADMIN_KEY, 'content-type': 'application/json' }, totalBytes: 100 * MB, chunked: true });
        expect(res.bytesSent).toBeLessThan(100 * MB);
        return { status: res.status, body: JSON.parse(res.body) as unknown };
      };
      await refused(answer, 413, 'payload_too_large');
      expect((await http().get('/api/v1/health')).status).toBe(200);
    }, 60_000);
  });

  describe('unknown trigger', () => {
    it('POST /workflows → 400 naming trigger_id', async () => {
      const error = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'event-deleted', data: loneTrigger('event-deleted') }), 400, 'validation_failed');
      expect(error.details).toEqual([{ path: 'trigger_id', message: 'unknown trigger' }]);
    });

    it('POST /workflows/import → 400', async () => {
      const file = { format: 'misp-workflow-platform/workflow@1', workflow: { name: 'x', trigger_id: 'nope', data: loneTrigger('nope') } };
      await refused(() => admin(http().post('/api/v1/workflows/import')).send(file), 400, 'validation_failed');
    });

    it('POST /hooks/misp/:trigger → 404, no job, payload or execution', async () => {
      const error = await refused(() => admin(http().post('/api/v1/hooks/misp/event-deleted')).send({ data: {} }), 404, 'not_found');
      expect(error.message).toContain('event-deleted');
    });
  });

  describe('invalid graphs → 422 with the checkGraph result, nothing saved', () => {
    const expectCheckGraph = (details: unknown) => expect(Object.keys(details as object).sort()).toEqual(['is_acyclic', 'multiple_output_connection', 'path_warnings']);

    it('a cycle on POST /workflows', async () => {
      const error = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'cycle', trigger_id: 'event-before-save', data: cyclicGraph('event-before-save') }), 422, 'invalid_graph');
      expect(error.message).toBe('Cannot save a workflow containing a cycle');
      expectCheckGraph(error.details);
      expect(error.details).toMatchObject({ is_acyclic: { is_acyclic: false, cycles: expect.arrayContaining([expect.arrayContaining([2, 3])]) } });
    });

    it('a cycle on PUT /workflows/:id leaves the saved graph as it was', async () => {
      const error = await refused(() => admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ name: 'renamed too', data: cyclicGraph('event-publish') }), 422, 'invalid_graph');
      expect(error.details).toMatchObject({ is_acyclic: { is_acyclic: false } });
      const saved = await admin(http().get(`/api/v1/workflows/${workflowId}`));
      expect(saved.body).toMatchObject({ name: 'Block tlp:red', data: blockingGraph('event-publish') });
    });

    it('a cycle on POST /workflows/import', async () => {
      const file = { format: 'misp-workflow-platform/workflow@1', workflow: { name: 'x', trigger_id: 'event-before-save', data: cyclicGraph('event-before-save') } };
      await refused(() => admin(http().post('/api/v1/workflows/import')).send(file), 422, 'invalid_graph');
    });

    it('several connections from one output', async () => {
      const error = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'fork', trigger_id: 'event-before-save', data: forkedGraph('event-before-save') }), 422, 'invalid_graph');
      expect(error.message).toBe('Cannot save a workflow having more than one connection per output');
      expect(error.details).toMatchObject({ multiple_output_connection: { has_multiple_output_connection: true } });
    });

    it('no trigger, two triggers, or a trigger node other than trigger_id', async () => {
      const noTrigger = { '2': storedNode(2, 'stop-execution', 'action', []) };
      await refused(() => admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: noTrigger }), 422, 'invalid_graph');
      const twoTriggers = { ...loneTrigger('event-before-save'), '2': storedNode(2, 'event-before-save', 'trigger', []) };
      const two = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'event-before-save', data: twoTriggers }), 422, 'invalid_graph');
      expect(two.message).toBe('Cannot save a workflow containing no or more than one trigger');
      const other = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'event-before-save', data: loneTrigger('user-before-save') }), 422, 'invalid_graph');
      expect(other.message).toContain('user-before-save');
    });

    it('a graph the engine cannot read → 400 listing the problems', async () => {
      const error = await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'event-before-save', data: { '1': { id: 'one' } } }), 400, 'validation_failed');
      expect(error.details).toEqual({ errors: expect.arrayContaining([expect.any(String)]) });
    });

    it('a blueprint whose nodes cannot be read', async () => {
      await refused(() => admin(http().post('/api/v1/blueprints')).send({ name: 'x', data: [{ id: 'one' }] }), 400, 'validation_failed');
      await refused(() => admin(http().post('/api/v1/blueprints')).send({ name: 'x', data: '[{"id":' }), 400, 'validation_failed');
    });
  });

  describe('conflicts → 409, nothing saved', () => {
    it('a second workflow for a trigger, and an import onto a taken trigger', async () => {
      await refused(() => admin(http().post('/api/v1/workflows')).send({ name: 'again', trigger_id: 'event-publish', data: blockingGraph('event-publish') }), 409, 'conflict');
      const file = (await admin(http().get(`/api/v1/workflows/${workflowId}/export`))).body;
      await refused(() => admin(http().post('/api/v1/workflows/import')).send(file), 409, 'conflict');
    });

    it('the same blueprint uuid twice', async () => {
      const uuid = (await admin(http().get(`/api/v1/blueprints/${blueprintId}`))).body.uuid;
      await refused(() => admin(http().post('/api/v1/blueprints/import')).send({ WorkflowBlueprint: { uuid: uuid.toUpperCase(), name: 'dup', data: [] } }), 409, 'conflict');
    });

    it('two creations racing for one trigger: one 201, one 409, one row', async () => {
      const create = () => admin(http().post('/api/v1/workflows')).send({ name: 'race', trigger_id: 'sighting-after-save', data: loneTrigger('sighting-after-save') });
      const answers = await Promise.all([create(), create(), create()]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409)) expectErrorShape(a.body, 'conflict');
      expect((await admin(http().get('/api/v1/workflows?trigger_id=sighting-after-save'))).body.total).toBe(1);
    });

    it('two imports racing with one blueprint uuid: one 201, one 409', async () => {
      const file = { WorkflowBlueprint: { uuid: 'a5b3c3d4-1111-4222-8333-944455556666', name: 'raced', data: [] } };
      const answers = await Promise.all([1, 2, 3].map(() => admin(http().post('/api/v1/blueprints/import')).send(file)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      expect((await admin(http().get('/api/v1/blueprints?q=a5b3c3d4'))).body.total).toBe(1);
    });

    it('deleting the last admin key', async () => {
      const keys = (await admin(http().get('/api/v1/api-keys'))).body as { id: string; role: string }[];
      const adminKey = keys.find((k) => k.role === 'admin');
      await refused(() => admin(http().delete(`/api/v1/api-keys/${adminKey?.id}`)), 409, 'conflict');
    });
  });

  describe('unknown ids → 404, nothing changed', () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    it.each([
      ['put', `/api/v1/workflows/${missing}`, { name: 'x' }],
      ['delete', `/api/v1/workflows/${missing}`, undefined],
      ['post', `/api/v1/workflows/${missing}/execute`, { data: {} }],
      ['post', `/api/v1/workflows/${missing}/insert-blueprint`, { blueprint_id: missing }],
      ['put', `/api/v1/blueprints/${missing}`, { name: 'x' }],
      ['delete', `/api/v1/blueprints/${missing}`, undefined],
      ['post', '/api/v1/blueprints/from-workflow', { workflow_id: missing, node_ids: [2], name: 'x' }],
      ['post', '/api/v1/modules/no-such-module/enable', undefined],
      ['post', '/api/v1/modules/no-such-module/disable', undefined],
      ['delete', `/api/v1/api-keys/${missing}`, undefined],
    ] as const)('%s %s', async (method, path, body) => {
      await refused(() => {
        const req = admin(http()[method](path));
        return body === undefined ? req : req.send(body);
      }, 404, 'not_found');
    });

    it('inserting a blueprint that does not exist into a workflow that does', async () => {
      await refused(() => admin(http().post(`/api/v1/workflows/${workflowId}/insert-blueprint`)).send({ blueprint_id: missing }), 404, 'not_found');
    });
  });

  describe('text PostgreSQL cannot store (NUL) is a 4xx, never a 500', () => {
    it('in a path id and in a list filter', async () => {
      for (const path of ['/api/v1/workflows/a%00b', '/api/v1/blueprints/a%00b', '/api/v1/executions/a%00b']) {
        const res = await admin(http().get(path));
        expectErrorShape(res.body, target.name === 'postgres' ? 'bad_request' : 'not_found');
      }
      for (const query of ['/api/v1/workflows?trigger_id=a%00b', '/api/v1/executions?workflow_id=a%00b', '/api/v1/logs?model=a%00b']) {
        const res = await admin(http().get(query));
        if (target.name === 'postgres') expectErrorShape(res.body, 'bad_request');
        else expect(res.body).toMatchObject({ data: [], total: 0 });
      }
    });

    it('in a name: refused on PostgreSQL with nothing saved, kept verbatim on SQLite', async () => {
      const create = () => admin(http().post('/api/v1/workflows')).send({ name: 'a\u0000b', trigger_id: 'post-after-save', data: loneTrigger('post-after-save') });
      if (target.name === 'postgres') {
        const error = await refused(create, 400, 'bad_request');
        expect(error.message).toContain('NUL');
        await refused(() => admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ name: 'x\u0000' }), 400, 'bad_request');
        await refused(() => admin(http().post('/api/v1/api-keys')).send({ name: 'x\u0000', role: 'viewer' }), 400, 'bad_request');
      } else {
        const res = await create();
        expect(res.status).toBe(201);
        expect((await admin(http().get(`/api/v1/workflows/${res.body.id}`))).body.name).toBe('a\u0000b');
        await admin(http().delete(`/api/v1/workflows/${res.body.id}`));
      }
    });
  });

  describe('bad list queries → 400', () => {
    it.each([
      '/api/v1/workflows?page=0',
      '/api/v1/workflows?page=100000000000000000000',
      '/api/v1/workflows?limit=201',
      '/api/v1/executions?page=1e20',
      '/api/v1/executions?limit=0',
      '/api/v1/executions?outcome=crashed',
      '/api/v1/executions?workflow_id=a&workflow_id=b',
      '/api/v1/executions?from=yesterday',
      '/api/v1/blueprints?page=2000000&limit=200',
      '/api/v1/blueprints?limit=abc',
      '/api/v1/logs?page=99999999999999999999',
      '/api/v1/logs?limit=501',
    ])('%s', async (path) => {
      const res = await admin(http().get(path));
      expect(res.status).toBe(400);
      expectErrorShape(res.body, 'validation_failed');
    });

    it('a page past the end is an empty page, not an error', async () => {
      for (const list of ['workflows', 'executions', 'blueprints', 'logs']) {
        const res = await admin(http().get(`/api/v1/${list}?page=1000000&limit=200`));
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ data: [], page: 1000000, limit: 200, total: expect.any(Number) });
      }
    });
  });
});
