import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { storedNode } from './support/stored-graph';

const node = storedNode;
/** 1(event-publish) ─▶ 2(IF :: Tag event in_or [tlp:red]) ─then▶ 3(stop-execution) */
const graph = {
  '1': node(1, 'event-publish', 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }),
  '2': node(2, 'tag-if', 'logic', { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } }, { scope: 'event', condition: 'in_or', tags: ['tlp:red'] }),
  '3': node(3, 'stop-execution', 'action', [], { message: 'No tlp:red' }),
};
/** Roaming data as a MISP workflow sends it to an action module: core format already. */
const coreEvent = (tag: string) => ({ Event: { id: '3', info: 'x', Tag: [{ name: tag }], Attribute: [], _AttributeFlattened: [] } });

describe.each(dbTargets())('misp-modules-compatible surface on $name', (target) => {
  let t: TestApp;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers /healthcheck and /version like misp-modules, without credentials', async () => {
    expect((await http().get('/healthcheck')).body).toEqual({ status: true });
    expect((await http().get('/version')).body).toEqual({ version: expect.any(String) });
  });

  it('lists nothing until a trigger is callable, then one action module for it', async () => {
    expect((await http().get('/modules')).body).toEqual([]);
    await admin(http().post('/api/v1/workflows')).send({ name: 'No red', trigger_id: 'event-publish', data: graph });
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });
    const res = await http().get('/modules');
    expect(res.body).toEqual([
      {
        name: 'workflow_event_publish',
        type: 'action_mod',
        mispattributes: { config: { params: {}, blocking: true, support_filters: false, expect_misp_core_format: true } },
        meta: expect.objectContaining({ 'module-type': ['action'], name: 'workflow_event_publish' }),
      },
    ]);
  });

  it('/query refuses with {"error"} when the workflow blocks, and passes with {"data": true}', async () => {
    const refused = await http().post('/query').send({ module: 'workflow_event_publish', data: coreEvent('tlp:red'), params: {} });
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({ error: expect.stringContaining('No tlp:red') });
    const passed = await http().post('/query').send({ module: 'workflow_event_publish', data: coreEvent('tlp:green') });
    expect(passed.body).toEqual({ data: true });
  });

  it('answers unknown modules and non-JSON bodies with an error, and keeps serving', async () => {
    expect((await http().post('/query').send({ module: 'slack' })).body).toEqual({ error: 'Unknown module `slack`' });
    const garbage = await http().post('/query').set('Content-Type', 'application/json').send('{"module":');
    expect(garbage.body).toHaveProperty('error');
    expect((await http().get('/healthcheck')).status).toBe(200);
  });

  it('requires the shared secret once it is set', async () => {
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_misp_modules_secret': 's3cret-s3cret' });
    expect((await http().get('/modules')).status).toBe(401);
    const ok = await http().get('/modules').set('Authorization', 's3cret-s3cret');
    expect(ok.status).toBe(200);
    expect(ok.body).toHaveLength(1);
  });
});
