import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, mispTag, SEED_EVENT, type MispSimulator } from '../../../tools/misp-simulator';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling, served over real HTTP
import { createMispModulesServer, type MispModulesServer } from '../../../tools/misp-modules-server';
import { freePort } from './support/api-process';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/*
 * `GET /api/v1/modules/options/:source` in the running platform: the lists of the editor's pickers, read
 * from the MISP simulator and the misp-modules stand-in over real HTTP, searched, limited, cached per MISP
 * connection, and answered with a warning when the list cannot be had.
 */

const MISP_KEY = 'module-options-int-test-key-0123456789';

type Answer = { data: { value: string; label: string }[]; total: number; source: string; warning?: string };

const CATALOGUE = ['tlp:clear', 'tlp:red', 'PAP:RED', 'circl:incident-classification="phishing"', 'misp-galaxy:threat-actor="Sofacy"', 'misp-galaxy:country="belgium"'];

describe.each(dbTargets())('picker option lists on $name', (target) => {
  let t: TestApp;
  let sim: MispSimulator;
  let modules: MispModulesServer;
  let viewerKey: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const settings = (values: Record<string, unknown>) => admin(http().patch('/api/v1/settings')).send(values).expect(200);
  const options = async (source: string, query = '', key = viewerKey): Promise<Answer> => {
    const res = await http().get(`/api/v1/modules/options/${source}${query}`).set('Authorization', key);
    expect(res.status).toBe(200);
    return res.body as Answer;
  };
  const values = (answer: Answer) => answer.data.map((o) => o.value);
  const tagIndexCalls = (s: MispSimulator) => s.requests.filter((r) => r.path.startsWith('/tags/index')).length;

  beforeAll(async () => {
    sim = await createMispSimulator({ apiKey: MISP_KEY, events: [SEED_EVENT] });
    // The seed event's tlp:amber is in the catalogue already.
    CATALOGUE.forEach((name, i) => sim.state.tags.push(mispTag(String(100 + i), name)));
    modules = await createMispModulesServer();
    t = await startTestApp(target);
    await settings({ 'MISP.url': sim.url, 'MISP.api_key': MISP_KEY });
    const created = await admin(http().post('/api/v1/api-keys')).send({ name: 'editor', role: 'viewer' }).expect(201);
    viewerKey = created.body.key;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await sim?.close();
    await modules?.close();
  });

  it('lists the non-galaxy tags and the galaxy clusters without their prefix, from one MISP call', async () => {
    const before = tagIndexCalls(sim);
    const tags = await options('tags');
    expect(tags).toEqual({
      source: 'tags',
      total: 5,
      data: ['circl:incident-classification="phishing"', 'PAP:RED', 'tlp:amber', 'tlp:clear', 'tlp:red'].map((name) => ({ value: name, label: name })),
    });
    const clusters = await options('galaxy-clusters');
    expect(clusters).toEqual({
      source: 'galaxy-clusters',
      total: 2,
      data: [
        { value: 'country="belgium"', label: 'country="belgium"' },
        { value: 'threat-actor="Sofacy"', label: 'threat-actor="Sofacy"' },
      ],
    });
    expect(tagIndexCalls(sim) - before).toBe(1);
    const call = sim.requests.find((r) => r.path.startsWith('/tags/index'));
    expect(call).toMatchObject({ method: 'GET', path: '/tags/index/exclude_statistics:1', headers: { authorization: MISP_KEY } });
  });

  it('searches label and value case-insensitively, prefix matches first, and limits the answer', async () => {
    expect(values(await options('tags', '?search=RED'))).toEqual(['PAP:RED', 'tlp:red']);
    expect(values(await options('tags', '?search=tlp'))).toEqual(['tlp:amber', 'tlp:clear', 'tlp:red']);
    // "phish" is inside a tag, "p" starts PAP:RED and is inside the others.
    expect(values(await options('tags', '?search=p'))).toEqual(['PAP:RED', 'circl:incident-classification="phishing"', 'tlp:amber', 'tlp:clear', 'tlp:red']);
    const limited = await options('tags', '?search=tlp&limit=2');
    expect(limited).toMatchObject({ total: 3, data: [{ value: 'tlp:amber' }, { value: 'tlp:clear' }] });
    expect(await options('tags', '?search=nothing-like-it')).toEqual({ source: 'tags', total: 0, data: [] });
    // Organisations match by id too.
    expect((await options('organisations', '?search=3')).data).toEqual([{ value: '3', label: 'CIRCL' }]);
  });

  it('labels organisation and sharing group ids with their names; lists every account and the enabled warninglists', async () => {
    expect((await options('organisations')).data).toEqual([
      { value: '4', label: 'ACME Corporation' },
      { value: '2', label: 'CERT-EU' },
      { value: '3', label: 'CIRCL' },
      { value: '1', label: 'ORGNAME' },
    ]);
    // Active and passive sharing groups, as MISP's IF :: Distribution offers them.
    expect((await options('sharing-groups')).data).toEqual([
      { value: '2', label: 'Benelux CSIRTs' },
      { value: '1', label: 'EU financial sector' },
      { value: '3', label: 'Retired exchange' },
    ]);
    expect(values(await options('users'))).toEqual(['admin@admin.test', 'analyst@example.test', 'former@example.test', 'orgadmin@example.test', 'soc-lead@example.test']);
    expect(values(await options('warninglists'))).toEqual(['List of known IPv4 public DNS resolvers', 'Top 1000 website from Alexa']);
    expect(sim.requests.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/organisations/index/scope:all', '/sharing_groups/index', '/sharing_groups/index/true', '/admin/users', '/warninglists/index/enabled:1']),
    );
  });

  it('lists the enrichment modules of the Enrichment service once it is enabled', async () => {
    const disabled = await options('enrichment-modules');
    expect(disabled).toMatchObject({ data: [], total: 0 });
    expect(disabled.warning).toContain('Plugin.Enrichment_services_enable');
    await settings({ 'Plugin.Enrichment_services_enable': true, 'Plugin.Enrichment_services_url': 'http://127.0.0.1', 'Plugin.Enrichment_services_port': modules.port });
    const enabled = await options('enrichment-modules');
    expect(enabled).toEqual({
      source: 'enrichment-modules',
      total: 2,
      data: [
        { value: 'hashlookup', label: 'hashlookup' },
        { value: 'jinja_template_rendering', label: 'jinja_template_rendering' },
      ],
    });
    expect(modules.requests.filter((r) => r.path === '/modules')).toHaveLength(1);
    await options('enrichment-modules', '?search=hash');
    expect(modules.requests.filter((r) => r.path === '/modules')).toHaveLength(1);
  });

  it('serves later searches from the cache without asking MISP again', async () => {
    await options('users');
    const before = sim.requests.length;
    for (const search of ['a', 'ad', 'adm', 'admin']) await options('users', `?search=${search}`);
    await options('tags', '?search=tlp:c');
    await options('galaxy-clusters', '?search=sofacy');
    expect(sim.requests.length).toBe(before);
  });

  it('answers 404 for an unknown source and 400 for a bad limit, in the contract error shape', async () => {
    const unknown = await http().get('/api/v1/modules/options/colours').set('Authorization', viewerKey);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: { code: 'not_found', message: 'Unknown option source "colours"', details: { known: expect.arrayContaining(['tags', 'galaxy-clusters', 'enrichment-modules']) } },
    });
    for (const limit of ['0', '501', 'ten', '2.5']) {
      const bad = await http().get(`/api/v1/modules/options/tags?limit=${limit}`).set('Authorization', viewerKey);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'validation_failed', details: [expect.objectContaining({ path: 'limit' })] });
    }
    expect((await options('tags', '?limit=500')).data).toHaveLength(5);
    const tooLong = await http().get(`/api/v1/modules/options/tags?search=${'x'.repeat(201)}`).set('Authorization', viewerKey);
    expect(tooLong.status).toBe(400);
    expect((await http().get('/api/v1/modules/options/tags')).status).toBe(401);
  });

  it('is documented in the OpenAPI document with its sources and query', async () => {
    const doc = (await http().get('/api/v1/openapi.json').expect(200)).body as { paths: Record<string, { get?: { parameters?: { name: string; schema?: { enum?: string[] } }[] } }> };
    const params = doc.paths['/api/v1/modules/options/{source}']?.get?.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual(['limit', 'search', 'source']);
    expect(params.find((p) => p.name === 'source')?.schema?.enum).toEqual(['tags', 'galaxy-clusters', 'organisations', 'sharing-groups', 'users', 'warninglists', 'enrichment-modules']);
  });

  it('searches 20,000 tags from another MISP: a fresh list for the new connection, narrowed by the search', async () => {
    const big = await createMispSimulator({ apiKey: MISP_KEY });
    try {
      for (let i = 0; i < 20_000; i++) big.state.tags.push(mispTag(String(i + 1), i % 4 === 0 ? `misp-galaxy:threat-actor="Actor ${i}"` : `workflow:tag-${String(i).padStart(5, '0')}`));
      await settings({ 'MISP.url': big.url });
      const all = await options('tags');
      expect(all.total).toBe(15_000);
      expect(all.data).toHaveLength(50);
      expect(all.data[0]).toEqual({ value: 'workflow:tag-00001', label: 'workflow:tag-00001' });
      const narrowed = await options('tags', '?search=TAG-1999&limit=500');
      // 19990–19999 less the galaxy ones (multiples of 4: 19992, 19996).
      expect(narrowed.total).toBe(8);
      expect(values(narrowed)).toEqual(['19990', '19991', '19993', '19994', '19995', '19997', '19998', '19999'].map((n) => `workflow:tag-${n}`));
      const clusters = await options('galaxy-clusters', '?search=actor 1999');
      expect(clusters.total).toBe(2);
      expect(values(clusters)).toEqual(['threat-actor="Actor 19992"', 'threat-actor="Actor 19996"']);
      expect(tagIndexCalls(big)).toBe(1);
    } finally {
      await big.close();
    }
  }, 60_000);

  it('answers an empty list with a warning when MISP cannot be reached or is not configured', async () => {
    await settings({ 'MISP.url': `http://127.0.0.1:${await freePort()}` });
    const down = await options('organisations', '?search=circl');
    expect(down).toMatchObject({ source: 'organisations', data: [], total: 0 });
    expect(down.warning).toMatch(/^The organisations list could not be loaded from MISP: Could not reach MISP at http:\/\/127\.0\.0\.1:\d+/);
    await settings({ 'MISP.url': '' });
    const unset = await options('tags');
    expect(unset).toMatchObject({ data: [], total: 0 });
    expect(unset.warning).toContain('MISP is not configured: set MISP.url');
    // Back to the first MISP: its lists are still cached.
    const before = sim.requests.length;
    await settings({ 'MISP.url': sim.url });
    expect((await options('organisations', '?search=circl')).data).toEqual([{ value: '3', label: 'CIRCL' }]);
    expect(sim.requests.length).toBe(before);
  });

  it('answers an empty list with a warning when MISP refuses the key', async () => {
    await settings({ 'MISP.api_key': 'not-the-key' });
    const refused = await options('warninglists');
    expect(refused.data).toEqual([]);
    expect(refused.warning).toContain('MISP refused GET /warninglists/index/enabled:1 (403)');
    await settings({ 'MISP.api_key': MISP_KEY });
  });
});
