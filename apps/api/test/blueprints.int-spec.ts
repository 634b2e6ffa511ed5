import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { storedNode } from './support/stored-graph';

const node = storedNode;

/** A blueprint file as MISP exports it: ids as strings, `data` a list of nodes, a `mermaid` extra. */
const misspFile = {
  WorkflowBlueprint: {
    id: '8',
    uuid: '1B51BEF9-ED0E-4D49-B3EA-5ACECD3D5D99',
    name: 'Red blocking',
    description: '[enrichment-before-query]\r\nBlocks red things',
    timestamp: '1658492776',
    default: false,
    mermaid: 'flowchart LR',
    data: [
      node(53, 'tag-if', 'logic', { output_1: { connections: [{ node: '54', output: 'input_1' }] }, output_2: { connections: [] } }, { scope: 'event_attribute', condition: 'in_or', tags: ['PAP:RED', 'tlp:red'] }),
      node(54, 'stop-execution', 'action', [], { message: 'Execution stopped' }),
    ],
  },
};

describe.each(dbTargets())('blueprints on $name', (target) => {
  let t: TestApp;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  let importedId: string;

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ships three example blueprints', async () => {
    const res = await admin(http().get('/api/v1/blueprints'));
    expect(res.body.total).toBe(3);
    expect(res.body.data.every((b: { default: boolean }) => b.default)).toBe(true);
  });

  it('imports a MISP blueprint file verbatim and refuses the same uuid twice', async () => {
    const res = await admin(http().post('/api/v1/blueprints/import')).send(misspFile);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ uuid: '1b51bef9-ed0e-4d49-b3ea-5acecd3d5d99', name: 'Red blocking', timestamp: 1658492776, default: false });
    expect(res.body.data).toEqual(misspFile.WorkflowBlueprint.data);
    importedId = res.body.id;
    const again = await admin(http().post('/api/v1/blueprints/import')).send(misspFile);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('The UUID provided is not unique');
  });

  it('exports in MISP’s file format, round-tripping uuid, name, description, timestamp and data', async () => {
    const res = await admin(http().get(`/api/v1/blueprints/${importedId}/export`));
    expect(res.body.WorkflowBlueprint).toMatchObject({
      uuid: '1b51bef9-ed0e-4d49-b3ea-5acecd3d5d99',
      name: 'Red blocking',
      description: misspFile.WorkflowBlueprint.description,
      timestamp: '1658492776',
      data: misspFile.WorkflowBlueprint.data,
    });
  });

  it('inserts a blueprint into a workflow with new node ids and its connections', async () => {
    const graph = { '1': node(1, 'enrichment-before-query', 'trigger', []) };
    const wf = await admin(http().post('/api/v1/workflows')).send({ name: 'Enrichment', trigger_id: 'enrichment-before-query', data: graph });
    const res = await admin(http().post(`/api/v1/workflows/${wf.body.id}/insert-blueprint`)).send({ blueprint_id: importedId });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['1', '2', '3']);
    expect(res.body.data['2'].data.id).toBe('tag-if');
    expect(res.body.data['2'].outputs.output_1.connections).toEqual([expect.objectContaining({ node: '3' })]);

    const saved = await admin(http().post('/api/v1/blueprints/from-workflow')).send({ workflow_id: wf.body.id, node_ids: [1, 2, 3], name: 'Copy' });
    expect(saved.status).toBe(201);
    expect(saved.body.description).toBe('[enrichment-before-query]\n');
    expect(saved.body.data.map((n: { data: { id: string } }) => n.data.id)).toEqual(['tag-if', 'stop-execution']);
  });

  it('rejects data that is not a node list, and deletes', async () => {
    const bad = await admin(http().post('/api/v1/blueprints')).send({ name: 'x', data: { not: 'a list' } });
    expect(bad.status).toBe(400);
    const created = await admin(http().post('/api/v1/blueprints')).send({ name: 'empty one', data: [] });
    expect(created.status).toBe(201);
    expect((await admin(http().delete(`/api/v1/blueprints/${created.body.id}`))).status).toBe(204);
    expect((await admin(http().get(`/api/v1/blueprints/${created.body.id}`))).status).toBe(404);
  });
});
