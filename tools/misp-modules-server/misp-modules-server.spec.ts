import { createMispModulesServer, type MispModulesServer } from './misp-modules-server';
import type { ActionAttributes, ExpansionAttributes, ModuleDescriptor } from './module-types';
import { GENERIC_ERROR } from './query-handler';

let server: MispModulesServer;

beforeAll(async () => {
  server = await createMispModulesServer();
});

afterAll(() => server.close());

async function get(path: string, init?: RequestInit): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${server.url}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

function postRaw(body: string) {
  return get('/query', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
}

describe('misp-modules server: routes', () => {
  it('listens on 127.0.0.1 and a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('GET /healthcheck answers {"status":true} labelled text/html like Tornado', async () => {
    expect(await get('/healthcheck')).toEqual({ status: 200, type: 'text/html; charset=UTF-8', text: '{"status":true}' });
  });

  it('GET /version answers the misp-modules version', async () => {
    expect(await get('/version')).toMatchObject({ status: 200, text: '{"version":"3.0.9"}' });
  });

  it('GET /version is a 500 page when the package metadata is missing', async () => {
    const broken = await createMispModulesServer({ version: null });
    try {
      const res = await fetch(`${broken.url}/version`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('<html><title>500: Internal Server Error</title><body>500: Internal Server Error</body></html>');
    } finally {
      await broken.close();
    }
  });

  it('GET /openapi.json is an OpenAPI 3.1 document that advertises /query', async () => {
    const { status, text } = await get('/openapi.json');
    expect(status).toBe(200);
    const doc = JSON.parse(text);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/modules', '/query', '/healthcheck', '/version']));
    expect(Object.keys(doc.paths['/query'].post.responses)).toEqual(['200', '400', '504']);
  });

  it('GET /openapi is a Swagger-UI page', async () => {
    const { status, type, text } = await get('/openapi');
    expect([status, type]).toEqual([200, 'text/html; charset=UTF-8']);
    expect(text).toContain('SwaggerUIBundle');
  });

  it.each([
    ['GET', '/query', 405, 'Method Not Allowed'],
    ['POST', '/modules', 405, 'Method Not Allowed'],
    ['GET', '/nope', 404, 'Not Found'],
    ['GET', '/modules/', 404, 'Not Found'],
  ])('%s %s → %i HTML page', async (method, path, status, message) => {
    const res = await get(path, { method });
    expect(res).toEqual({ status, type: 'text/html; charset=UTF-8', text: `<html><title>${status}: ${message}</title><body>${status}: ${message}</body></html>` });
  });
});

describe('misp-modules server: GET /modules', () => {
  let modules: ModuleDescriptor[];
  let raw: string;

  beforeAll(async () => {
    raw = (await get('/modules')).text;
    modules = JSON.parse(raw);
  });

  it('is compact JSON, one entry per module in load order', () => {
    expect(raw).toBe(JSON.stringify(JSON.parse(raw)));
    expect(modules.map((m) => [m.name, m.type])).toEqual([
      ['hashlookup', 'expansion'],
      ['jinja_template_rendering', 'expansion'],
      ['mattermost', 'action_mod'],
      ['testaction', 'action_mod'],
      ['blockaction', 'action_mod'],
    ]);
    for (const entry of modules) expect(Object.keys(entry)).toEqual(['name', 'type', 'mispattributes', 'meta']);
  });

  it('action modules expose moduleconfig both as mispattributes.config and meta.config', () => {
    for (const entry of modules.filter((m) => m.type === 'action_mod')) {
      const config = (entry.mispattributes as ActionAttributes).config;
      expect(entry.meta.config).toEqual(config);
      expect(entry.meta['module-type']).toEqual(['action']);
      expect(Object.keys(config)).toEqual(['params', 'blocking', 'support_filters', 'expect_misp_core_format']);
      for (const param of Object.values(config.params)) expect(['string', 'large_string', 'hash_path']).toContain(param.type);
    }
  });

  it('describes mattermost like misp-modules does', () => {
    const mattermost = modules.find((m) => m.name === 'mattermost');
    const config = (mattermost?.mispattributes as ActionAttributes).config;
    expect(Object.keys(config.params)).toEqual(['mattermost_hostname', 'bot_access_token', 'channel_id', 'message_template']);
    expect(config.params.message_template).toMatchObject({ type: 'large_string', jinja_supported: true });
    expect(config).toMatchObject({ blocking: false, support_filters: true, expect_misp_core_format: false });
    expect(mattermost?.meta).toMatchObject({ version: '0.1', name: 'Mattermost', author: 'Sami Mokaddem', logo: '', requirements: [] });
  });

  it('gives testaction its hash_path param and blockaction blocking: true', () => {
    const testaction = modules.find((m) => m.name === 'testaction')?.mispattributes as ActionAttributes;
    expect(testaction.config.params['Data extraction path']).toMatchObject({ type: 'hash_path', value: 'Attribute.{n}.AttributeTag.{n}.Tag.name' });
    const block = modules.find((m) => m.name === 'blockaction')?.mispattributes as ActionAttributes;
    expect(block.config.blocking).toBe(true);
  });

  it('expansion modules have input types, meta with module-type and a list of setting names', () => {
    const hashlookup = modules.find((m) => m.name === 'hashlookup');
    expect(hashlookup?.mispattributes as ExpansionAttributes).toEqual({ input: ['md5', 'sha1', 'sha256'], format: 'misp_standard' });
    expect(hashlookup?.meta).toMatchObject({ 'module-type': ['expansion', 'hover'], config: ['custom_API'], version: '2' });
    const jinja = modules.find((m) => m.name === 'jinja_template_rendering');
    expect(jinja?.mispattributes).toEqual({ input: ['text'], output: ['text'] });
    expect(jinja?.meta).not.toHaveProperty('config');
  });
});

describe('misp-modules server: POST /query errors', () => {
  it.each([
    ['an unknown module', { module: 'nope' }],
    ['a missing module key', { data: {} }],
    ['a non-string module', { module: 42 }],
  ])('answers the generic error (HTTP 200) for %s', async (_label, body) => {
    const res = await postRaw(JSON.stringify(body));
    expect(res).toEqual({ status: 200, type: 'text/html; charset=UTF-8', text: JSON.stringify(GENERIC_ERROR) });
  });

  it.each([
    ['not JSON', '{"module": '],
    ['empty', ''],
    ['a JSON array', '[]'],
    ['a JSON string', '"testaction"'],
  ])('answers Tornado\'s 500 page when the body is %s, and keeps serving', async (_label, body) => {
    const res = await postRaw(body);
    expect(res.status).toBe(500);
    expect(res.text).toBe('<html><title>500: Internal Server Error</title><body>500: Internal Server Error</body></html>');
    expect((await get('/healthcheck')).status).toBe(200);
  });
});
