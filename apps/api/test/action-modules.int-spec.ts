import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, type MispAttribute, type MispEvent, type MispSimulator } from '../../../tools/misp-simulator';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the webhook listener is test tooling, served over real HTTP
import { createWebhookListener, type ReceivedRequest, type WebhookListener } from '../../../tools/webhook-listener';
import { dbTargets } from './support/db-targets';
import { output1, storedNode, type StoredNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/*
 * The built-in action modules that change MISP data, run by the real platform (hook → engine → module →
 * MISP REST client over HTTP) against the MISP simulator: each test saves a workflow on the blocking
 * `event-publish` trigger, fires the hook with the event as MISP passes it, and checks the answer, what
 * reached MISP (the simulator's requests and state) and the roaming data (posted by a trailing `webhook`
 * node to a local listener).
 */

const MISP_KEY = 'action-modules-int-test-key-0123456789';
const EVENT_UUID = 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a01';
const UUIDS = {
  ipDst: 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a11',
  domain: 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a12',
  resolver: 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a13',
  popular: 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a14',
  country: 'c4a1f2e0-6b1d-4b8e-9f3a-2d7e5c9b1a21',
};

/** A phishing event as a MISP instance would hold it: tags on event and attributes, a geolocation and a file object. */
const PHISHING_EVENT = {
  id: '42',
  uuid: EVENT_UUID,
  info: 'Credential phishing wave against EU banks',
  date: '2024-09-12',
  threat_level_id: '2',
  analysis: '1',
  distribution: '1',
  published: false,
  org_id: '3',
  orgc_id: '3',
  Org: { id: '3', name: 'CIRCL', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' },
  Orgc: { id: '3', name: 'CIRCL', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' },
  Tag: [{ name: 'tlp:amber', colour: '#FFC000' }, { name: 'circl:incident-classification="phishing"' }],
  Attribute: [
    { id: '101', uuid: UUIDS.ipDst, type: 'ip-dst', category: 'Network activity', value: '203.0.113.10', to_ids: true, distribution: '5' },
    { id: '102', uuid: UUIDS.domain, type: 'domain', category: 'Network activity', value: 'secure-login.bank-eu.test', to_ids: true, comment: 'landing page', Tag: [{ name: 'tlp=green' }] },
    { id: '103', uuid: UUIDS.resolver, type: 'ip-dst', category: 'Network activity', value: '8.8.8.8', to_ids: true },
    { id: '104', uuid: UUIDS.popular, type: 'domain', category: 'Network activity', value: 'www.google.com', to_ids: false },
  ],
  Object: [
    {
      id: '11',
      name: 'geolocation',
      'meta-category': 'misc',
      template_version: '9',
      Attribute: [
        { id: '111', uuid: UUIDS.country, type: 'text', category: 'Other', value: 'Belgium', object_relation: 'country' },
        { id: '112', type: 'text', category: 'Other', value: 'Brussels', object_relation: 'city' },
      ],
    },
    {
      id: '12',
      name: 'file',
      'meta-category': 'file',
      template_version: '24',
      Attribute: [
        { id: '121', type: 'filename', category: 'Payload delivery', value: 'statement.pdf.exe', object_relation: 'filename', to_ids: true },
        { id: '122', type: 'sha256', category: 'Payload delivery', value: 'b'.repeat(64), object_relation: 'sha256', to_ids: true },
      ],
    },
  ],
};

type Filter = { selector: string; value: string; operator: string; path: string };
type Step = { module: string; params?: StoredNode; filter?: Filter };

/** `event-publish` (node 1) followed by the steps in a line (nodes 2, 3, …). */
function chain(...steps: Step[]): Record<string, StoredNode> {
  const graph: Record<string, StoredNode> = { '1': storedNode(1, 'event-publish', 'trigger', output1(2)) };
  steps.forEach((step, i) => {
    const id = i + 2;
    const node = storedNode(id, step.module, 'action', i + 1 < steps.length ? output1(id + 1) : [], step.params ?? []);
    if (step.filter) (node['data'] as StoredNode)['saved_filters'] = step.filter;
    graph[String(id)] = node;
  });
  return graph;
}

const attributesOfType = (type: string): Filter => ({ selector: 'Event._AttributeFlattened.{n}', value: type, operator: 'equals', path: 'type' });

function tagNames(record: { Tag: { name: string }[] }): string[] {
  return record.Tag.map((t) => t.name);
}

function allAttributes(event: MispEvent): MispAttribute[] {
  return [...event.Attribute, ...event.Object.flatMap((o) => o.Attribute)];
}

const USED_ACTIONS = [
  'tag_operation',
  'tag_replacement_tlp',
  'attribute_ids_flag_operation',
  'Module_attribute_comment_operation',
  'Module_event_distribution_operation',
  'publish-event',
  'add_eventblocklist_entry',
  'attach-warninglist',
  'assign_country',
  'reload-full-event',
  'webhook',
];

type RoamingAttribute = Record<string, unknown> & { id: string; Tag?: { name: string; local?: boolean }[] };
type RoamingEvent = Record<string, unknown> & { Tag: { name: string; local?: boolean }[]; _AttributeFlattened: RoamingAttribute[] };

describe.each(dbTargets())('built-in action modules against MISP on $name', (target) => {
  let t: TestApp;
  let sim: MispSimulator;
  let listener: WebhookListener;
  let workflowId: string;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const http = () => request(t.url);
  const settings = (values: Record<string, unknown>) => admin(http().patch('/api/v1/settings')).send(values).expect(200);
  const event = () => sim.state.events[0];
  const attribute = (id: string) => {
    const found = allAttributes(event()).find((a) => a.id === id);
    if (!found) throw new Error(`no attribute ${id}`);
    return found;
  };
  /** MISP-side requests the run made, without the view the test itself did to build the hook data. */
  const mispCalls = () => sim.requests.filter((r) => !(r.method === 'GET' && r.path === `/events/view/${event().id}` && r.headers['x-test'] === 'hook-data'));
  /** The steps, then a `webhook` posting the roaming data to the listener at `/roaming`. */
  const thenPostRoaming = (...steps: Step[]): Step[] => [...steps, { module: 'webhook', params: { url: `${listener.url}/roaming`, content_type: 'json', request_method: 'post', self_signed: 'deny', payload: '', headers: '' } }];
  const lastRoaming = (): RoamingEvent => {
    const received = listener.requests.filter((r) => r.path === '/roaming');
    expect(received).toHaveLength(1);
    return (received[0].body as { Event: RoamingEvent }).Event;
  };

  /** Saves the graph as the event-publish workflow and answers the event as MISP passes it to the hook. */
  async function prepare(...steps: Step[]): Promise<unknown> {
    await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: chain(...steps) }).expect(200);
    const view = await fetch(`${sim.url}/events/view/${event().id}`, { headers: { Authorization: MISP_KEY, Accept: 'application/json', 'X-Test': 'hook-data' } });
    expect(view.status).toBe(200);
    return view.json();
  }

  async function fire(data: unknown) {
    const res = await admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data });
    expect(res.status).toBe(200);
    return res.body as { success: boolean; outcome: string; errors: string[]; execution_id: string };
  }

  const run = async (...steps: Step[]) => fire(await prepare(...steps));

  const stepsOf = async (executionId: string) => {
    const execution = await admin(http().get(`/api/v1/executions/${executionId}`)).expect(200);
    return execution.body as { outcome: string; errors: string[]; steps: { node_id: number; module_id: string; status: string; error?: string; data_preview?: string }[] };
  };

  const nodeError = (nodeId: number, module: string, message: string) =>
    `Node \`${module}\` (${nodeId}) from Workflow \`Action modules\` (${workflowId}) returned the following error: ${message}`;

  beforeAll(async () => {
    listener = await createWebhookListener({ port: 0 });
    t = await startTestApp(target);
    await settings({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true, 'MISP.api_key': MISP_KEY, 'Security.rest_client_enable_arbitrary_urls': true });
    for (const id of USED_ACTIONS) {
      const enabled = await admin(http().post(`/api/v1/modules/${id}/enable`));
      expect(enabled.body).toMatchObject({ id, enabled: true });
    }
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Action modules', trigger_id: 'event-publish', data: chain({ module: 'publish-event' }) });
    expect(created.status).toBe(201);
    workflowId = created.body.id;
  }, 60_000);

  beforeEach(async () => {
    sim = await createMispSimulator({ apiKey: MISP_KEY, events: [PHISHING_EVENT] });
    await settings({ 'MISP.url': sim.url });
    listener.requests.length = 0;
  });
  afterEach(async () => {
    await sim.close();
  });
  afterAll(async () => {
    await t?.close();
    await listener?.close();
  });

  it('tag_operation adds and removes tags on the event and on filtered attributes, locally or globally', async () => {
    const answer = await run(
      ...thenPostRoaming(
        { module: 'tag_operation', params: { scope: 'event', action: 'add', locality: 'local', tags: ['workflow:state="complete"'], relationship_type: '' } },
        { module: 'tag_operation', params: { scope: 'attribute', action: 'add', locality: 'global', tags: ['false-positive:risk="low"'], relationship_type: '' }, filter: attributesOfType('ip-dst') },
        { module: 'tag_operation', params: { scope: 'event', action: 'remove', locality: 'any', tags: ['tlp:amber'] } },
        { module: 'tag_operation', params: { scope: 'attribute', action: 'remove', locality: 'global', tags: ['tlp=green'] }, filter: attributesOfType('domain') },
      ),
    );
    expect(answer).toMatchObject({ success: true, outcome: 'success', errors: [] });

    // What MISP received: one tag API call per tag and target, by uuid, with the locality.
    const tagCalls = mispCalls().filter((r) => r.path.startsWith('/tags/'));
    expect(tagCalls.map((r) => [r.path, r.body])).toEqual([
      ['/tags/attachTagToObject', { uuid: EVENT_UUID, tag: 'workflow:state="complete"', local: true }],
      ['/tags/attachTagToObject', { uuid: UUIDS.ipDst, tag: 'false-positive:risk="low"', local: false }],
      ['/tags/attachTagToObject', { uuid: UUIDS.resolver, tag: 'false-positive:risk="low"', local: false }],
      ['/tags/removeTagFromObject', { uuid: EVENT_UUID, tag: 'tlp:amber' }],
      ['/tags/removeTagFromObject', { uuid: UUIDS.domain, tag: 'tlp=green' }],
    ]);
    // What MISP now holds.
    expect(event().Tag.map((t) => [t.name, t.local])).toEqual([
      ['circl:incident-classification="phishing"', false],
      ['workflow:state="complete"', true],
    ]);
    expect(tagNames(attribute('101'))).toEqual(['false-positive:risk="low"']);
    expect(tagNames(attribute('103'))).toEqual(['false-positive:risk="low"']);
    expect(tagNames(attribute('102'))).toEqual([]);
    expect(tagNames(attribute('104'))).toEqual([]);

    // The roaming data the next node saw mirrors every change.
    const roaming = lastRoaming();
    expect(roaming.Tag.map((t) => t.name)).toEqual(['circl:incident-classification="phishing"', 'workflow:state="complete"']);
    const flattened = Object.fromEntries(roaming._AttributeFlattened.map((a) => [a.id, (a.Tag ?? []).map((t) => t.name)]));
    expect(flattened['101']).toEqual(['false-positive:risk="low"']);
    expect(flattened['102']).toEqual([]);
  });

  it('tag_replacement_tlp normalises TLP tags through MISP, detaching the substituted ones', async () => {
    const answer = await run(...thenPostRoaming({ module: 'tag_replacement_tlp', params: { scope: 'all', remove_substituted: 'yes', locality: 'global', relationship_type: '' } }));
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    expect(tagNames(attribute('102'))).toEqual(['tlp:green']);
    expect(attribute('102').Tag[0].local).toBe(false);
    // MISP's replacement detaches even a tag that is already normalised, then attaches it again.
    expect(mispCalls().map((r) => [r.path, r.body])).toEqual([
      ['/tags/removeTagFromObject', { uuid: EVENT_UUID, tag: 'tlp:amber' }],
      ['/tags/attachTagToObject', { uuid: EVENT_UUID, tag: 'tlp:amber', local: false }],
      ['/tags/removeTagFromObject', { uuid: UUIDS.domain, tag: 'tlp=green' }],
      ['/tags/attachTagToObject', { uuid: UUIDS.domain, tag: 'tlp:green', local: false }],
    ]);
    expect(tagNames(event())).toContain('tlp:amber');
    const roaming = lastRoaming();
    expect(roaming._AttributeFlattened.find((a) => a.id === '102')?.Tag?.map((t) => t.name)).toEqual(['tlp:green']);
  });

  it('attribute_ids_flag_operation and Module_attribute_comment_operation edit the filtered attributes, with a Jinja comment', async () => {
    const answer = await run(
      ...thenPostRoaming(
        { module: 'attribute_ids_flag_operation', params: { action: 'remove' }, filter: attributesOfType('ip-dst') },
        { module: 'Module_attribute_comment_operation', params: { comment: 'Seen in "{{ Event.info }}" ({{ Event.Orgc.name }})' }, filter: attributesOfType('domain') },
      ),
    );
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    const edits = mispCalls().filter((r) => r.path.startsWith('/attributes/edit/'));
    const comment = 'Seen in "Credential phishing wave against EU banks" (CIRCL)';
    expect(edits.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/attributes/edit/101', { to_ids: false }],
      ['POST', '/attributes/edit/103', { to_ids: false }],
      ['POST', '/attributes/edit/102', { comment }],
      ['POST', '/attributes/edit/104', { comment }],
    ]);
    expect([attribute('101').to_ids, attribute('103').to_ids, attribute('121').to_ids]).toEqual([false, false, true]);
    expect([attribute('102').comment, attribute('104').comment, attribute('101').comment]).toEqual([comment, comment, '']);
    const flattened = new Map(lastRoaming()._AttributeFlattened.map((a) => [a.id, a]));
    expect(flattened.get('101')).toMatchObject({ to_ids: false });
    // Saved attributes are written back without their timestamp, as MISP's _overrideAttribute does.
    expect(flattened.get('101')).not.toHaveProperty('timestamp');
    expect(flattened.get('104')).toMatchObject({ comment });
    expect(flattened.get('121')).toMatchObject({ to_ids: true });
  });

  it('Module_event_distribution_operation saves the distribution and the step preview shows it', async () => {
    const answer = await run({ module: 'Module_event_distribution_operation', params: { freeze: 'modify', distribution: '3', sharing_group_id: [] } });
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    expect(mispCalls().map((r) => [r.method, r.path, r.body])).toEqual([['POST', '/events/edit/42', { Event: { distribution: '3' } }]]);
    expect(event()).toMatchObject({ distribution: '3', sharing_group_id: '0', published: false });
    const step = (await stepsOf(answer.execution_id)).steps.find((s) => s.node_id === 2);
    expect(step).toMatchObject({ module_id: 'Module_event_distribution_operation', status: 'success' });
    expect(step?.data_preview).toContain('"distribution":"3"');
  });

  it('publish-event publishes through MISP, and reload-full-event puts what MISP now holds into the roaming data', async () => {
    // Changed in MISP after the hook data was taken: only a reload can see it.
    const view = await fetch(`${sim.url}/events/view/42`, { headers: { Authorization: MISP_KEY, Accept: 'application/json' } });
    const stale = (await view.json()) as { Event: MispEvent };
    expect(stale.Event.published).toBe(false);
    event().info = 'Credential phishing wave against EU banks (updated by an analyst)';
    const graph = chain(...thenPostRoaming({ module: 'publish-event' }, { module: 'reload-full-event' }));
    await admin(http().put(`/api/v1/workflows/${workflowId}`)).send({ data: graph }).expect(200);
    const res = await admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data: stale });
    expect(res.body).toMatchObject({ success: true, outcome: 'success' });
    expect(mispCalls().slice(-2).map((r) => [r.method, r.path])).toEqual([
      ['POST', '/events/publish/42'],
      ['GET', '/events/view/42'],
    ]);
    expect(event().published).toBe(true);
    expect(Number(event().publish_timestamp)).toBeGreaterThan(0);
    const roaming = lastRoaming();
    expect(roaming).toMatchObject({ info: 'Credential phishing wave against EU banks (updated by an analyst)', published: true });
    // The reloaded event is in core format again: flattened attributes of the objects included.
    expect(roaming._AttributeFlattened.map((a) => a.id).sort()).toEqual(['101', '102', '103', '104', '111', '112', '121', '122']);
  });

  it('add_eventblocklist_entry blocklists the event with its info, creator organisation and comment', async () => {
    const answer = await run({ module: 'add_eventblocklist_entry', params: { uuid_hash_path: 'Event.uuid', eventinfo_hash_path: 'Event.info', block_comment: 'Blocked from workflow: false positive wave' } });
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    expect(mispCalls().map((r) => [r.path, r.body])).toEqual([
      ['/eventBlocklists/add', { uuids: [EVENT_UUID], comment: 'Blocked from workflow: false positive wave', event_info: PHISHING_EVENT.info, event_orgc: 'CIRCL' }],
    ]);
    expect(sim.state.eventBlocklist).toEqual([expect.objectContaining({ event_uuid: EVENT_UUID, event_info: PHISHING_EVENT.info, event_orgc: 'CIRCL', comment: 'Blocked from workflow: false positive wave' })]);
  });

  it('attach-warninglist checks the values with MISP and attaches the hits of lists that apply to the type', async () => {
    const answer = await run(...thenPostRoaming({ module: 'attach-warninglist', params: { warninglists: ['ALL'] } }));
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    const calls = mispCalls();
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/warninglists/checkValue' });
    expect(calls[0].body).toEqual(expect.arrayContaining(['203.0.113.10', '8.8.8.8', 'www.google.com', 'secure-login.bank-eu.test']));
    expect(calls.slice(1).map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /warninglists/view/1', 'GET /warninglists/view/2']);
    const roaming = lastRoaming();
    const flattened = new Map(roaming._AttributeFlattened.map((a) => [a.id, a]));
    expect(flattened.get('103')?.['warnings']).toEqual([
      { value: '8.8.8.8', match: '8.8.8.8/32', warninglist_id: '1', warninglist_name: 'List of known IPv4 public DNS resolvers', warninglist_category: 'false_positive' },
    ]);
    expect(flattened.get('104')?.['warnings']).toEqual([
      { value: 'www.google.com', match: 'google.com', warninglist_id: '2', warninglist_name: 'Top 1000 website from Alexa', warninglist_category: 'known' },
    ]);
    expect(flattened.get('101')).not.toHaveProperty('warnings');
    expect(roaming['warnings']).toEqual([
      { id: '1', name: 'List of known IPv4 public DNS resolvers', category: 'false_positive' },
      { id: '2', name: 'Top 1000 website from Alexa', category: 'known' },
    ]);
    // Nothing is written to MISP.
    expect(calls.filter((r) => r.method === 'POST' && r.path !== '/warninglists/checkValue')).toEqual([]);
  });

  it('attach-warninglist skips a hit whose list does not apply to the attribute type', async () => {
    sim.state.warninglists[1].matching_attributes = ['hostname'];
    await run(...thenPostRoaming({ module: 'attach-warninglist', params: { warninglists: ['ALL'] } }));
    const flattened = new Map(lastRoaming()._AttributeFlattened.map((a) => [a.id, a]));
    expect(flattened.get('104')).not.toHaveProperty('warnings');
    expect(flattened.get('103')?.['warnings']).toHaveLength(1);
  });

  it('assign_country finds the Country galaxy in MISP and tags the event with the cluster matching the extracted country', async () => {
    const answer = await run(
      ...thenPostRoaming({
        module: 'assign_country',
        params: { scope: 'event', hash_path: 'Event._AttributeFlattened.{n}[object_relation=country].value', locality: 'global', galaxy_name: 'country', relationship_type: '' },
      }),
    );
    expect(answer).toMatchObject({ success: true, outcome: 'success', errors: [] });
    expect(mispCalls().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/galaxies/index', { value: 'Country' }],
      ['GET', '/galaxies/view/2', undefined],
      ['POST', '/tags/attachTagToObject', { uuid: EVENT_UUID, tag: 'misp-galaxy:country="belgium"', local: false }],
    ]);
    expect(tagNames(event())).toContain('misp-galaxy:country="belgium"');
    const view = await fetch(`${sim.url}/events/view/42`, { headers: { Authorization: MISP_KEY, Accept: 'application/json' } });
    const { Event } = (await view.json()) as { Event: MispEvent };
    expect(Event.Galaxy.map((g) => [g.name, g.GalaxyCluster.map((c) => c.value)])).toEqual([['Country', ['belgium']]]);
    expect(lastRoaming().Tag.map((t) => t.name)).toContain('misp-galaxy:country="belgium"');
  });

  it('assign_country fails the node when no cluster matches', async () => {
    const answer = await run({ module: 'assign_country', params: { scope: 'event', hash_path: 'Event.info', locality: 'local', galaxy_name: 'country', relationship_type: '' } });
    // A failing non-blocking action does not stop MISP's operation: the run succeeds and reports the error.
    expect(answer).toMatchObject({ success: true, outcome: 'success', errors: [nodeError(2, 'assign_country', 'No Country galaxy cluster matches the extracted values')] });
    expect((await stepsOf(answer.execution_id)).steps.map((s) => [s.node_id, s.status])).toEqual([
      [1, 'success'],
      [2, 'failure'],
    ]);
    expect(mispCalls().filter((r) => r.path.startsWith('/tags/'))).toEqual([]);
  });

  it('webhook sends the rendered payload and headers to the URL', async () => {
    const answer = await run({
      module: 'webhook',
      params: {
        url: `${listener.url}/hooks/{{ Event.uuid }}`,
        content_type: 'json',
        request_method: 'put',
        self_signed: 'deny',
        payload: '{"event": "{{ Event.uuid }}", "info": "{{ Event.info }}", "attributes": {{ Event._AttributeFlattened | length }}}',
        headers: 'Authorization: Bearer wf-token\nX-Source: {{ Event.Orgc.name }}',
      },
    });
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    expect(listener.requests).toHaveLength(1);
    const received: ReceivedRequest = listener.requests[0];
    expect(received).toMatchObject({ method: 'PUT', path: `/hooks/${EVENT_UUID}` });
    expect(received.headers).toMatchObject({ authorization: 'Bearer wf-token', 'x-source': 'CIRCL', 'content-type': 'application/json', accept: 'application/json' });
    expect(received.headers['user-agent']).toMatch(/^MISP Workflow Platform /);
    expect(received.body).toEqual({ event: EVENT_UUID, info: PHISHING_EVENT.info, attributes: 8 });
  });

  it('webhook refuses to call out while Security.rest_client_enable_arbitrary_urls is off', async () => {
    await settings({ 'Security.rest_client_enable_arbitrary_urls': false });
    try {
      const answer = await run(...thenPostRoaming());
      expect(answer).toMatchObject({ success: true, outcome: 'success', errors: [nodeError(2, 'webhook', '`Security.rest_client_enable_arbitrary_urls` is turned off')] });
      expect(listener.requests).toEqual([]);
    } finally {
      await settings({ 'Security.rest_client_enable_arbitrary_urls': true });
    }
  });

  it('fails the node with the MISP client\'s message when MISP keeps answering 503, and records it', async () => {
    const data = await prepare({ module: 'publish-event' });
    sim.failNext({ status: 503, times: 4, retryAfter: 0 });
    const answer = await fire(data);
    const message = 'MISP is temporarily unavailable (503) for POST /events/publish/42: Service Unavailable (gave up after 4 attempts)';
    expect(answer).toMatchObject({ success: true, outcome: 'success', errors: [nodeError(2, 'publish-event', message)] });
    expect(mispCalls().filter((r) => r.path === '/events/publish/42')).toHaveLength(4);
    expect(event().published).toBe(false);
    const execution = await stepsOf(answer.execution_id);
    expect(execution).toMatchObject({ outcome: 'success', errors: answer.errors });
    expect(execution.steps.map((s) => [s.node_id, s.status, s.error ?? null])).toEqual([
      [1, 'success', null],
      [2, 'failure', message],
    ]);
  });

  it('fails the node when MISP cannot be reached at all', async () => {
    const stopped = await createMispSimulator({ apiKey: MISP_KEY });
    const down = stopped.url;
    await stopped.close();
    await settings({ 'MISP.url': down });
    // The hook data still comes from the running simulator; the run itself talks to the stopped one.
    const answer = await run({ module: 'publish-event' });
    expect(answer).toMatchObject({ success: true, outcome: 'success' });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]).toContain(nodeError(2, 'publish-event', `Could not reach MISP at ${down} for POST /events/publish/42: `));
    expect(answer.errors[0]).toMatch(/\(gave up after 4 attempts\)$/);
    expect(mispCalls()).toEqual([]);
  }, 20_000);
});
