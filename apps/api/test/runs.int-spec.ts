import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

type Node = Record<string, unknown>;

/** 1(trigger) ─▶ 2(IF :: Tag, event_attribute in_or [tlp:red]) ─then▶ 3(stop-execution) */
function tlpRedGraph(trigger: string): Record<string, unknown> {
  const node = (id: number, module: string, type: string, outputs: Node | [], params: Node | [] = []): Node => ({
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: '',
    typenode: false,
    inputs: [],
    outputs,
    pos_x: 0,
    pos_y: 0,
  });
  return {
    '1': node(1, trigger, 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }),
    '2': node(2, 'tag-if', 'logic', { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } }, { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
    '3': node(3, 'stop-execution', 'action', [], { message: 'tlp:red events are not published' }),
  };
}

/** The raw payload MISP's `event-publish` hook passes (fetchEvent shape). */
function rawEvent(eventTags: string[], attributeTags: string[] = []) {
  const tag = (name: string) => ({ id: '9', name, colour: '#fff', exportable: true, local: false });
  return {
    Event: {
      id: '12',
      info: 'hook test',
      orgc_id: '1',
      org_id: '1',
      Orgc: { id: '1', name: 'ORG' },
      Tag: eventTags.map(tag),
      Attribute: [{ id: '1', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.1', to_ids: true, Tag: attributeTags.map(tag) }],
      Object: [],
    },
  };
}

describe.each(dbTargets())('running workflows on $name', (target) => {
  let t: TestApp;
  let workflowId: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const hook = (trigger: string, data: unknown) => admin(http().post(`/api/v1/hooks/misp/${trigger}`)).send({ data });

  beforeAll(async () => {
    t = await startTestApp(target);
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: tlpRedGraph('event-publish') });
    workflowId = created.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets the operation proceed while workflows are disabled (nothing callable)', async () => {
    const res = await hook('event-publish', rawEvent(['tlp:red']));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, outcome: 'success', errors: [], execution_id: null });
  });

  it('enables the trigger through its module toggle, and lists triggers with their workflow', async () => {
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    const toggled = await admin(http().post('/api/v1/modules/event-publish/enable'));
    expect(toggled.body).toMatchObject({ id: 'event-publish', module_type: 'trigger', enabled: true, source: 'default' });
    const triggers = await admin(http().get('/api/v1/triggers'));
    expect(triggers.body).toHaveLength(17);
    expect(triggers.body.find((x: { id: string }) => x.id === 'event-publish')).toMatchObject({ enabled: true, blocking: true, misp_core_format: true, workflow_id: workflowId });
  });

  it('blocks publishing a tlp:red event with MISP\'s error string and records the execution', async () => {
    const res = await hook('event-publish', rawEvent([], ['tlp:red']));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      success: false,
      outcome: 'blocked',
      errors: [`Node \`stop-execution\` (3) from Workflow \`Block tlp:red\` (${workflowId}) returned the following error: tlp:red events are not published`],
    });
    const execution = await admin(http().get(`/api/v1/executions/${res.body.execution_id}`));
    expect(execution.body).toMatchObject({ outcome: 'blocked', trigger_id: 'event-publish', workflow_id: workflowId, source: 'hook' });
    expect(execution.body.steps.map((s: { node_id: number; status: string }) => `${s.node_id}:${s.status}`)).toEqual(['1:success', '2:success', '3:blocked']);
    expect(execution.body.steps[1]).toMatchObject({ module_id: 'tag-if', output: 'output_1' });
    expect(execution.body.steps[2].data_preview.length).toBeLessThanOrEqual(4097);
  });

  it('lets a clean event through', async () => {
    const res = await hook('event-publish', rawEvent(['tlp:green']));
    expect(res.body).toMatchObject({ success: true, outcome: 'success', errors: [] });
  });

  it('a disabled stop-execution module fails instead of blocking (MISP: disabled blocking module)', async () => {
    await admin(http().post('/api/v1/modules/stop-execution/disable'));
    const res = await hook('event-publish', rawEvent(['tlp:red']));
    expect(res.body).toMatchObject({ success: false, outcome: 'failure' });
    expect(res.body.errors[0]).toContain('Could not execute disabled module `stop-execution`.');
    await admin(http().post('/api/v1/modules/stop-execution/enable'));
  });

  it('runs manually with POST /workflows/:id/execute and counts runs', async () => {
    const res = await admin(http().post(`/api/v1/workflows/${workflowId}/execute`)).send({ data: rawEvent(['tlp:red']) });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('blocked');
    const wf = await admin(http().get(`/api/v1/workflows/${workflowId}`));
    expect(wf.body.counter).toBe(4);
    const list = await admin(http().get(`/api/v1/executions?workflow_id=${workflowId}&outcome=blocked&limit=2`));
    expect(list.body).toMatchObject({ total: 2, limit: 2, page: 1 });
    expect(list.body.data[0]).not.toHaveProperty('steps');
  });

  it('filters executions by a time range on started_at and refuses a bad range', async () => {
    const all = await admin(http().get(`/api/v1/executions?workflow_id=${workflowId}&limit=200`));
    const newest = all.body.data[0].started_at as string;
    const oldest = all.body.data[all.body.data.length - 1].started_at as string;
    expect(all.body.total).toBeGreaterThan(1);
    const exact = await admin(http().get(`/api/v1/executions?workflow_id=${workflowId}&from=${newest}&to=${newest}`));
    expect(exact.body.data.every((e: { started_at: string }) => e.started_at === newest)).toBe(true);
    expect(exact.body.total).toBeGreaterThanOrEqual(1);
    const future = await admin(http().get(`/api/v1/executions?workflow_id=${workflowId}&from=2999-01-01T00:00:00Z`));
    expect(future.body.total).toBe(0);
    const upToOldest = await admin(http().get(`/api/v1/executions?workflow_id=${workflowId}&to=${oldest}`));
    expect(upToOldest.body.data.map((e: { started_at: string }) => e.started_at)).toContain(oldest);
    expect(upToOldest.body.total).toBeLessThan(all.body.total + 1);
    const bad = await admin(http().get(`/api/v1/executions?from=yesterday`));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeDefined();
    const reversed = await admin(http().get(`/api/v1/executions?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`));
    expect(reversed.status).toBe(400);
  });

  it('answers an invalid payload with the normalisation failure', async () => {
    const res = await hook('event-publish', 'not an event');
    expect(res.body).toMatchObject({ success: false, outcome: 'failure' });
    expect(res.body.errors[0]).toContain('Error while normalizing data for trigger');
  });

  it('refuses unknown triggers, missing data and viewers', async () => {
    expect((await hook('nope', {})).status).toBe(404);
    expect((await admin(http().post('/api/v1/hooks/misp/event-publish')).send({})).status).toBe(400);
    const viewer = await admin(http().post('/api/v1/api-keys')).send({ name: 'v', role: 'viewer' });
    expect((await http().post('/api/v1/hooks/misp/event-publish').set('Authorization', viewer.body.key).send({ data: {} })).status).toBe(403);
  });

  it('runs the new graph right after an edit (parsed graphs are cached per saved version)', async () => {
    const graph = tlpRedGraph('event-publish');
    (graph['2'] as Node)['outputs'] = { output_1: { connections: [] }, output_2: { connections: [] } };
    delete (graph as Record<string, unknown>)['3'];
    expect((await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: graph })).status).toBe(200);
    const res = await hook('event-publish', rawEvent(['tlp:red']));
    expect(res.body).toMatchObject({ success: true, outcome: 'success' });
    expect((await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: tlpRedGraph('event-publish') })).status).toBe(200);
    expect((await hook('event-publish', rawEvent(['tlp:red']))).body.outcome).toBe('blocked');
  });

  it('lists modules with manifests and MISP\'s default enabled set', async () => {
    const res = await admin(http().get('/api/v1/modules'));
    const byId = new Map(res.body.map((m: { id: string }) => [m.id, m]));
    expect(byId.get('tag-if')).toMatchObject({ module_type: 'logic', enabled: true, source: 'default' });
    expect(byId.get('generic-filter-data')).toMatchObject({ enabled: false });
    expect(byId.get('stop-execution')).toMatchObject({ blocking: true, enabled: true });
    expect((await admin(http().get('/api/v1/modules/nope'))).status).toBe(404);
  });
});

describe('execution retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ name: 'sqlite' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('deletes records older than Plugin.Workflow_execution_retention_days and keeps the rest', async () => {
    const { ExecutionRetentionService } = await import('../src/executions/execution-retention.service');
    const { ExecutionsService } = await import('../src/executions/executions.service');
    const { ExecutionEntity } = await import('../src/executions/execution.entity');
    const executions = t.app.get(ExecutionsService);
    const day = 24 * 60 * 60_000;
    const row = (id: string, ageDays: number) =>
      Object.assign(new ExecutionEntity(), {
        id, workflowId: null, triggerId: 'event-publish', source: 'manual', outcome: 'success', outcomeText: 'success', success: true,
        errors: '[]', steps: '[]', startedAt: new Date(Date.now() - ageDays * day), finishedAt: new Date(Date.now() - ageDays * day), durationMs: 1,
      });
    await executions.record(row('00000000-0000-4000-8000-000000000001', 40), true);
    await executions.record(row('00000000-0000-4000-8000-000000000002', 5), true);
    await request(t.url).patch('/api/v1/settings').set('Authorization', TEST_ADMIN_KEY).send({ 'Plugin.Workflow_execution_retention_days': 30 });
    expect(await t.app.get(ExecutionRetentionService).purge()).toBe(1);
    const left = await request(t.url).get('/api/v1/executions').set('Authorization', TEST_ADMIN_KEY);
    expect(left.body.data.map((e: { id: string }) => e.id)).toEqual(['00000000-0000-4000-8000-000000000002']);
  });
});
