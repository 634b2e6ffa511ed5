import request from 'supertest';
import { HttpRequestError } from '@misp-wf/sdk';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, SEED_EVENT, type MispSimulator } from '../../../tools/misp-simulator';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling, served over real HTTP
import { createMispModulesServer } from '../../../tools/misp-modules-server';
import { ModuleCapabilitiesService } from '../src/capabilities/module-capabilities.service';
import { dbTargets } from './support/db-targets';
import { output1, storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

const MISP_KEY = 'capabilities-int-test-key-0123456789';

function stopGraph(message: string): Record<string, unknown> {
  return {
    '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
    '2': storedNode(2, 'stop-execution', 'action', [], { message }),
  };
}

function rawEvent(info: string) {
  return { Event: { id: '12', info, orgc_id: '1', org_id: '1', Orgc: { id: '1', name: 'ORG' }, Tag: [], Attribute: [], Object: [] } };
}

describe.each(dbTargets())('module capabilities in the running platform on $name', (target) => {
  let t: TestApp;
  let sim: MispSimulator;
  let workflowId: string;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const http = () => request(t.url);
  const hook = (data: unknown) => admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data });
  const provider = (moduleId = 'webhook') =>
    t.app.get(ModuleCapabilitiesService).provider({ moduleId, nodeId: 5, triggerId: 'event-publish', signal: new AbortController().signal });

  beforeAll(async () => {
    sim = await createMispSimulator({ apiKey: MISP_KEY, events: [SEED_EVENT] });
    t = await startTestApp(target, { MISP_URL: sim.url, MISP_API_KEY: MISP_KEY });
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    await admin(http().post('/api/v1/modules/event-publish/enable'));
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Jinja stop', trigger_id: 'event-publish', data: stopGraph('Blocked {{ Event.info }}') });
    workflowId = created.body.id;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await sim?.close();
  });

  it('answers the blocking hook with the rendered Jinja stop message', async () => {
    const res = await hook(rawEvent('Phishing wave'));
    expect(res.body).toMatchObject({
      success: false,
      outcome: 'blocked',
      errors: [`Node \`stop-execution\` (2) from Workflow \`Jinja stop\` (${workflowId}) returned the following error: Blocked Phishing wave`],
    });
  });

  it('fails the node with a clear message when the template is broken, and records it', async () => {
    await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: stopGraph('Blocked {{ Event.info | shout }}') });
    const res = await hook(rawEvent('Phishing wave'));
    expect(res.body).toMatchObject({ success: false, outcome: 'failure' });
    expect(res.body.errors).toEqual([
      `Node \`stop-execution\` (2) from Workflow \`Jinja stop\` (${workflowId}) returned the following error: Could not render the template: filter not found: shout`,
    ]);
    const execution = await admin(http().get(`/api/v1/executions/${res.body.execution_id}`));
    expect(execution.body.errors).toEqual(res.body.errors);
    expect(execution.body.steps.map((s: { node_id: number; status: string }) => `${s.node_id}:${s.status}`)).toEqual(['1:success', '2:failure']);
  });

  it('refuses a sandbox escape in a stop message instead of running it', async () => {
    await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: stopGraph('{{ range.constructor("return process")().pid }}') });
    const res = await hook(rawEvent('x'));
    expect(res.body.outcome).toBe('failure');
    expect(res.body.errors[0]).toContain('Could not render the template: access to `constructor` is not allowed in templates');
  });

  it('gives modules a MISP client configured from the settings', async () => {
    const caps = await provider();
    const body = await caps.misp.request<{ Event: { id: string } }>({ method: 'GET', path: '/events/view/1' });
    expect(body.Event.id).toBe('1');
    expect(sim.requests.at(-1)?.headers).toMatchObject({ authorization: MISP_KEY });
  });

  it('never shows the MISP key to modules through ctx.settings', async () => {
    const caps = await provider();
    expect(caps.settings.get('MISP.api_key')).toBeUndefined();
    expect(caps.settings.get('MISP.url')).toBe(sim.url);
    expect(caps.settings.get('Plugin.Enrichment_timeout')).toBe(10);
  });

  it('guards outbound HTTP with Security.rest_client_enable_arbitrary_urls, read per node', async () => {
    const off = await provider();
    // MISP's own origin is a configured service; anything else waits for the setting.
    await expect(off.http.request({ url: `${sim.url}/events/view/1`, headers: { Authorization: MISP_KEY, Accept: 'application/json' } })).resolves.toMatchObject({ status: 200 });
    await expect(off.http.request({ url: `${t.url}/api/v1/health` })).rejects.toMatchObject({ kind: 'url-not-allowed' });
    await admin(http().patch('/api/v1/settings')).send({ 'Security.rest_client_enable_arbitrary_urls': true });
    const on = await provider();
    const res = await on.http.request({ url: `${t.url}/api/v1/health` });
    expect(res.status).toBeLessThan(500);
    await admin(http().patch('/api/v1/settings')).send({ 'Security.rest_client_enable_arbitrary_urls': false });
  });

  it('keeps a store per module in the database', async () => {
    await (await provider('webhook')).store.set('seen', ['12']);
    expect(await (await provider('webhook')).store.get('seen')).toEqual(['12']);
    expect(await (await provider('push-zmq')).store.get('seen')).toBeUndefined();
  });

  it('queries the enrichment service only once it is enabled', async () => {
    const caps = await provider();
    const error = await caps.enrichment.query('dns', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).message).toBe('The enrichment service is disabled: turn on Plugin.Enrichment_services_enable');
    const modules = await createMispModulesServer({ log: () => undefined });
    try {
      await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Enrichment_services_enable': true, 'Plugin.Enrichment_services_url': 'http://127.0.0.1', 'Plugin.Enrichment_services_port': modules.port });
      const answer = await (await provider()).enrichment.query('jinja_template_rendering', { text: JSON.stringify({ template: '{{ a }}', data: { a: 'ok' } }) });
      expect(answer).toEqual({ results: [{ types: ['text'], values: ['ok'] }] });
      expect(modules.requests[0].body).toMatchObject({ module: 'jinja_template_rendering' });
    } finally {
      await modules.close();
    }
  });
});
