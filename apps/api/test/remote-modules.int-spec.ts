import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling, served over real HTTP
import { createMispModulesServer, defaultModules, slowActionModule, type MispModulesServer } from '../../../tools/misp-modules-server';
import { dbTargets } from './support/db-targets';
import { output1, storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

type ModuleView = { id: string; source: string; enabled: boolean; error: string | null; origin: string | null; params: { id: string }[] };

/** What MISP's event-publish hook passes: two attributes, one ip-src. */
const rawEvent = (info: string) => ({
  Event: {
    id: '64',
    info,
    orgc_id: '1',
    org_id: '1',
    Orgc: { id: '1', name: 'ORG' },
    Tag: [],
    Attribute: [
      { id: '1695', event_id: '64', object_id: '0', type: 'ip-src', category: 'Network activity', value: '8.8.8.8', to_ids: true, Tag: [] },
      { id: '1696', event_id: '64', object_id: '0', type: 'domain', category: 'Network activity', value: 'evil.example', to_ids: true, Tag: [] },
    ],
    Object: [],
  },
});

/** A loopback port nothing listens on (a server is opened there, then closed). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const withFilter = (node: Record<string, unknown>, filters: Record<string, string>) => ({ ...node, data: { ...(node['data'] as object), saved_filters: filters } });

describe.each(dbTargets())('misp-modules action modules on $name', (target) => {
  let t: TestApp;
  let server: MispModulesServer;
  let workflowId: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const settings = (values: Record<string, unknown>) => admin(http().patch('/api/v1/settings')).send(values);
  const remote = async () => ((await admin(http().get('/api/v1/modules'))).body as ModuleView[]).filter((m) => m.source === 'misp-module');
  const hook = () => admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data: rawEvent('Phishing wave') });
  const setGraph = (data: Record<string, unknown>) => admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data });
  const queries = () => server.requests.filter((r) => r.path === '/query');
  const single = (module: string, params: Record<string, unknown> = {}) => ({
    '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
    '2': storedNode(2, module, 'action', [], params),
  });

  beforeAll(async () => {
    server = await createMispModulesServer({ modules: [...defaultModules(), slowActionModule()] });
    t = await startTestApp(target);
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Remote', trigger_id: 'event-publish', data: single('stop-execution') });
    workflowId = created.body.id;
    await settings({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });
  afterEach(() => server.reset());

  it('asks nothing of misp-modules while Plugin.Action_services_enable is off', async () => {
    expect(await remote()).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('lists the server\'s action modules with MISP\'s translation, disabled, asking /modules once (cached)', async () => {
    await settings({ 'Plugin.Action_services_enable': true, 'Plugin.Action_services_url': 'http://127.0.0.1', 'Plugin.Action_services_port': server.port });
    const listed = await remote();
    expect(listed.map((m) => [m.id, m.enabled, m.error, m.origin])).toEqual([
      ['mattermost', false, null, server.url],
      ['testaction', false, null, server.url],
      ['blockaction', false, null, server.url],
      ['slowaction', false, null, server.url],
    ]);
    const testaction = (await admin(http().get('/api/v1/modules/testaction'))).body;
    expect(testaction).toMatchObject({ name: 'testaction', module_type: 'action', is_misp_module: true, icon: 'python', icon_class: 'fab', version: '0.1' });
    expect(testaction.params).toEqual([
      { id: 'foo', type: 'input', label: 'Foo', placeholder: 'xyz', required: false, jinja_supported: false },
      { id: 'data_extraction_path', type: 'input', label: 'Data Extraction Path', placeholder: 'Attribute.{n}.AttributeTag.{n}.Tag.name', required: false, jinja_supported: false, _isHashPath: true },
    ]);
    await remote();
    expect(server.requests.filter((r) => r.path === '/modules')).toHaveLength(1);
  });

  it('posts data, filtered items, rendered params and hash-path extractions to /query', async () => {
    for (const id of ['mattermost', 'testaction']) expect((await admin(http().post(`/api/v1/modules/${id}/enable`))).body.enabled).toBe(true);
    const graph = {
      '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
      '2': withFilter(
        storedNode(2, 'mattermost', 'action', output1(3), { mattermost_hostname: 'chat.example.org', bot_access_token: 'xyz', channel_id: 'abc', message_template: 'New: {{ Event.info }}' }),
        { selector: 'Event._AttributeFlattened.{n}', value: 'ip-src', operator: 'equals', path: 'type' },
      ),
      '3': storedNode(3, 'testaction', 'action', [], { data_extraction_path: 'Event._AttributeFlattened.{n}.value' }),
    };
    expect((await setGraph(graph)).status).toBe(200);
    const res = await hook();
    expect(res.body).toMatchObject({ success: true, outcome: 'success', errors: [] });
    const [mattermost, testaction] = queries().map((q) => q.body as Record<string, unknown>);
    expect(Object.keys(mattermost)).toEqual(['module', 'data', 'filteredItems', 'params']);
    expect(mattermost).toMatchObject({
      module: 'mattermost',
      data: { Event: { id: '64', info: 'Phishing wave', _AttributeFlattened: expect.any(Array) } },
      filteredItems: [expect.objectContaining({ id: '1695', type: 'ip-src', value: '8.8.8.8' })],
      params: { mattermost_hostname: 'chat.example.org', bot_access_token: 'xyz', channel_id: 'abc', message_template: 'New: Phishing wave' },
    });
    expect(server.notifications).toEqual([{ module: 'mattermost', target: { mattermost_hostname: 'chat.example.org', channel_id: 'abc' }, message: 'New: Phishing wave' }]);
    expect(testaction).toMatchObject({
      module: 'testaction',
      params: { foo: '', data_extraction_path: 'Event._AttributeFlattened.{n}.value' },
      matchingData: { 'Data Extraction Path': ['8.8.8.8', 'evil.example'] },
    });
    expect(testaction).not.toHaveProperty('filteredItems');
  });

  it('fails the node with the module\'s {"error"}, which stops a blocking module\'s workflow', async () => {
    await admin(http().post('/api/v1/modules/blockaction/enable'));
    await setGraph(single('blockaction', { error_message: 'No phishing today' }));
    const res = await hook();
    expect(res.body).toMatchObject({ success: false, outcome: 'failure', errors: [expect.stringMatching(/returned the following error: No phishing today$/)] });
  });

  it('fails the node after Plugin.Action_timeout when the server is too slow', async () => {
    await admin(http().post('/api/v1/modules/slowaction/enable'));
    await settings({ 'Plugin.Action_timeout': 1 });
    await setGraph(single('slowaction', { delay_ms: '3000' }));
    const started = Date.now();
    const res = await hook();
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(res.body).toMatchObject({ outcome: 'failure', errors: [expect.stringContaining('Failed to query module Action `slowaction`: no answer from')] });
    expect(res.body.errors[0]).toContain('within 1 s (Plugin.Action_timeout)');
    await settings({ 'Plugin.Action_timeout': 10 });
  });

  it('fails the node on an HTTP error or a dropped connection, unless fail-open restores MISP\'s success', async () => {
    await setGraph(single('slowaction', { delay_ms: '0' }));
    expect((await hook()).body).toMatchObject({ outcome: 'success' });
    server.failNext({ status: 503 });
    const http503 = await hook();
    expect(http503.body).toMatchObject({ outcome: 'failure', errors: [expect.stringContaining(`Failed to query module Action \`slowaction\`: HTTP 503 from ${server.url}/query`)] });
    server.failNext({ closeSocket: true });
    expect((await hook()).body).toMatchObject({ outcome: 'failure', errors: [expect.stringContaining('Failed to query module Action `slowaction`:')] });
    await settings({ 'Plugin.Action_services_fail_open': true });
    server.failNext({ status: 503 });
    expect((await hook()).body).toMatchObject({ success: true, outcome: 'success', errors: [] });
    await settings({ 'Plugin.Action_services_fail_open': false });
  });

  it('proxies the real action modules on the misp-modules-compatible surface', async () => {
    const listed = (await http().get('/modules')).body as { name: string; meta: Record<string, unknown> }[];
    expect(listed.map((m) => m.name)).toEqual(['workflow_event_publish', 'mattermost', 'testaction', 'blockaction', 'slowaction']);
    expect(listed[2]).toEqual(defaultModules().find((m) => m.descriptor.name === 'testaction')?.descriptor);
    const ok = await http().post('/query').send({ module: 'testaction', data: { Event: { id: '1' } }, params: { foo: 'bar' } });
    expect(ok.body).toEqual({ data: true });
    expect(queries().map((q) => q.body)).toEqual([{ module: 'testaction', data: { Event: { id: '1' } }, params: { foo: 'bar' } }]);
    expect((await http().post('/query').send({ module: 'blockaction', data: {} })).body).toEqual({ data: false, error: 'Barf.' });
    server.failNext({ status: 502 });
    expect((await http().post('/query').send({ module: 'testaction', data: {} })).body).toEqual({ error: expect.stringContaining('The misp-modules server did not answer for `testaction`: HTTP 502') });
    expect((await http().post('/query').send({ module: 'hashlookup' })).body).toEqual({ error: 'Unknown module `hashlookup`' });
  });

  it('reloads the list on demand, and keeps no modules of a server that cannot be listed', async () => {
    const report = await admin(http().post('/api/v1/modules/reload'));
    expect(report.body.misp_modules).toEqual({ enabled: true, url: server.url, loaded: 4, error: null });
    expect(server.requests.filter((r) => r.path === '/modules')).toHaveLength(1);
    server.failNext({ status: 500 });
    const failed = await admin(http().post('/api/v1/modules/reload'));
    expect(failed.body.misp_modules).toEqual({ enabled: true, url: server.url, loaded: 4, error: `Could not list the modules of ${server.url}: HTTP 500` });
    const port = await closedPort();
    await settings({ 'Plugin.Action_services_port': port });
    const dead = await admin(http().post('/api/v1/modules/reload'));
    expect(dead.body.misp_modules).toMatchObject({ enabled: true, url: `http://127.0.0.1:${port}`, loaded: 0, error: expect.stringContaining(`Could not list the modules of http://127.0.0.1:${port}: fetch failed`) });
    expect(await remote()).toEqual([]);
    const res = await hook();
    // As in MISP, a module that cannot be found fails its node without stopping the run.
    expect(res.body).toMatchObject({ outcome: 'success', errors: [expect.stringContaining('Could not load class for module: slowaction')] });
    await settings({ 'Plugin.Action_services_port': server.port, 'Plugin.Action_services_enable': false });
    expect((await admin(http().post('/api/v1/modules/reload'))).body.misp_modules).toEqual({ enabled: false, url: null, loaded: 0, error: null });
    expect((await http().get('/modules')).body.map((m: { name: string }) => m.name)).toEqual(['workflow_event_publish']);
  });
});
