import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

type Node = Record<string, unknown>;

/** A MISP-shaped stored graph: 1(trigger) ─▶ 2(tag-if) ─then▶ 3(stop-execution). */
function blockingGraph(trigger = 'event-publish'): Record<string, unknown> {
  const node = (id: number, module: string, type: string, outputs: Node | [], extra: Node = {}): Node => ({
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: [], saved_filters: { selector: '', value: '', operator: '', path: '' }, ...extra },
    class: `block-type-${type}`,
    typenode: false,
    inputs: [],
    outputs,
    pos_x: id * 100,
    pos_y: 0.5,
  });
  return {
    '1': node(1, trigger, 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }, { node_uid: 'abc' }),
    '2': node(2, 'tag-if', 'logic', { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } }, { indexed_params: { scope: 'event', condition: 'in_or', tags: ['tlp:red'] } }),
    '3': node(3, 'stop-execution', 'action', []),
    _frames: {},
  };
}

describe.each(dbTargets())('workflows API on $name', (target) => {
  let t: TestApp;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a workflow and returns the graph verbatim', async () => {
    const graph = blockingGraph();
    const res = await admin(http().post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: graph });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Block tlp:red', trigger_id: 'event-publish', counter: 0, debug_enabled: false });
    const read = await admin(http().get(`/api/v1/workflows/${res.body.id}`));
    expect(read.body.data).toEqual(graph);
  });

  it('refuses a second workflow for the same trigger with 409', async () => {
    const res = await admin(http().post('/api/v1/workflows')).send({ name: 'again', trigger_id: 'event-publish', data: blockingGraph() });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it("rejects a cyclic graph with 422, MISP's message and the checkGraph result", async () => {
    const graph = blockingGraph('event-before-save');
    (graph['3'] as Node)['outputs'] = { output_1: { connections: [{ node: '2', output: 'input_1' }] } };
    const res = await admin(http().post('/api/v1/workflows')).send({ name: 'cycle', trigger_id: 'event-before-save', data: graph });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'invalid_graph', message: 'Cannot save a workflow containing a cycle' });
    expect(res.body.error.details.is_acyclic.is_acyclic).toBe(false);
    const list = await admin(http().get('/api/v1/workflows?trigger_id=event-before-save'));
    expect(list.body.total).toBe(0);
  });

  it('rejects zero or several triggers with 422', async () => {
    const graph = blockingGraph('user-before-save');
    delete graph['1'];
    const res = await admin(http().post('/api/v1/workflows')).send({ name: 'no trigger', trigger_id: 'user-before-save', data: graph });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('Cannot save a workflow containing no or more than one trigger');
  });

  it('rejects an unknown trigger and a malformed graph with 400', async () => {
    const unknown = await admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'nope', data: blockingGraph() });
    expect(unknown.status).toBe(400);
    const malformed = await admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'log-after-save', data: { '1': { id: 'one' } } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    const wrongType = await admin(http().post('/api/v1/workflows')).send({ name: 'x', trigger_id: 'log-after-save', data: [] });
    expect(wrongType.status).toBe(400);
  });

  it('lists with pagination, updates, exports, imports and deletes', async () => {
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Users', trigger_id: 'user-after-save', data: blockingGraph('user-after-save') });
    const id = created.body.id;
    const page = await admin(http().get('/api/v1/workflows?limit=1&page=1'));
    expect(page.body).toMatchObject({ page: 1, limit: 1, total: 2 });
    expect(page.body.data).toHaveLength(1);
    expect(page.body.data[0]).not.toHaveProperty('data');

    const renamed = await admin(http().put(`/api/v1/workflows/${id}`)).send({ name: 'Users v2', debug_enabled: true });
    expect(renamed.body).toMatchObject({ name: 'Users v2', debug_enabled: true });
    const moved = await admin(http().put(`/api/v1/workflows/${id}`)).send({ trigger_id: 'event-publish' });
    expect(moved.status).toBe(400);

    const file = await admin(http().get(`/api/v1/workflows/${id}/export`));
    expect(file.body).toMatchObject({ format: 'misp-workflow-platform/workflow@1', workflow: { name: 'Users v2', trigger_id: 'user-after-save' } });
    expect((await admin(http().delete(`/api/v1/workflows/${id}`))).status).toBe(204);
    expect((await admin(http().get(`/api/v1/workflows/${id}`))).status).toBe(404);
    const imported = await admin(http().post('/api/v1/workflows/import')).send(file.body);
    expect(imported.status).toBe(201);
    expect(imported.body.data).toEqual(blockingGraph('user-after-save'));
  });

  it('check-graph answers MISP’s result shape and flags a blocking module in a non-blocking path', async () => {
    const graph = blockingGraph('event-after-save');
    const res = await admin(http().post('/api/v1/workflows/check-graph')).send({ graph });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['is_acyclic', 'multiple_output_connection', 'path_warnings']);
    expect(res.body.is_acyclic.is_acyclic).toBe(true);
  });

  it('needs an admin key to write', async () => {
    const viewer = await admin(http().post('/api/v1/api-keys')).send({ name: 'v', role: 'viewer' });
    const res = await http().post('/api/v1/workflows').set('Authorization', viewer.body.key).send({ name: 'x', trigger_id: 'post-after-save', data: blockingGraph('post-after-save') });
    expect(res.status).toBe(403);
  });
});
