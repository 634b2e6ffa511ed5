import { HttpRequestError } from '@misp-wf/sdk';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling, served over real HTTP
import { createMispModulesServer, GENERIC_ERROR, type MispModulesServer } from '../../../../../tools/misp-modules-server';
import { DispatcherPool } from '../transport/dispatcher-pool';
import { EnrichmentServiceClient, enrichmentBaseUrl, type EnrichmentConfig } from './enrichment-service-client';

describe('EnrichmentServiceClient against the misp-modules stand-in', () => {
  const dispatchers = new DispatcherPool();
  let server: MispModulesServer;

  const client = (config: Partial<EnrichmentConfig> = {}, signal = new AbortController().signal) =>
    new EnrichmentServiceClient({ config: { enabled: true, url: 'http://127.0.0.1', port: server.port, timeoutMs: 2_000, ...config }, dispatchers, signal });

  const failure = async (promise: Promise<unknown>): Promise<HttpRequestError> => {
    const error = await promise.then(
      () => new Error('expected the query to fail'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpRequestError);
    return error as HttpRequestError;
  };

  beforeAll(async () => {
    server = await createMispModulesServer({ log: () => undefined });
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await dispatchers.close();
    await server.close();
  });

  it('POSTs {module, ...request} to <url>:<port>/query and returns the answer', async () => {
    const text = JSON.stringify({ template: 'Event {{ Event.info }}', data: { Event: { info: 'x' } } });
    const answer = await client({ url: 'http://127.0.0.1/' }).query('jinja_template_rendering', { text });
    expect(answer).toEqual({ results: [{ types: ['text'], values: ['Event x'] }] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/query', body: { module: 'jinja_template_rendering', text } });
  });

  it('returns an {"error"} answer instead of throwing', async () => {
    const answer = await client().query('hashlookup', { config: {}, attribute: { type: 'md5', value: '0123456789abcdef0123456789abcdef', uuid: 'u' } });
    expect(answer).toEqual({ error: 'Non existing hash' });
    expect(await client().query('no_such_module', {})).toEqual(GENERIC_ERROR);
  });

  it('refuses to query while the service is disabled', async () => {
    const error = await failure(client({ enabled: false }).query('dns', {}));
    expect(error).toMatchObject({ kind: 'url-not-allowed', message: 'The enrichment service is disabled: turn on Plugin.Enrichment_services_enable' });
    expect(server.requests).toHaveLength(0);
  });

  it('gives up after Plugin.Enrichment_timeout', async () => {
    server.failNext({ hangMs: 1_500 });
    const error = await failure(client({ timeoutMs: 150 }).query('jinja_template_rendering', { text: '{}' }));
    expect(error).toMatchObject({
      kind: 'timeout',
      message: `The enrichment service at http://127.0.0.1:${server.port} did not answer the query for module jinja_template_rendering within 150 ms (Plugin.Enrichment_timeout)`,
    });
  });

  it('turns an HTTP error page into an error naming the status', async () => {
    server.failNext({ status: 503 });
    const error = await failure(client().query('dns', {}));
    expect(error).toMatchObject({ kind: 'network', message: `The enrichment service at http://127.0.0.1:${server.port} answered HTTP 503 to the query for module dns` });
  });

  it('reports a dropped connection', async () => {
    server.failNext({ closeSocket: true });
    const error = await failure(client().query('dns', {}));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^Could not reach the enrichment service at http:\/\/127\.0\.0\.1:\d+: /);
  });

  it('refuses an answer that is not a JSON object (jinja_template_rendering without text answers `false`)', async () => {
    const error = await failure(client().query('jinja_template_rendering', {}));
    expect(error.message).toContain('with something that is not a JSON object: false');
  });

  it('composes the base URL as MISP does', () => {
    expect(enrichmentBaseUrl({ url: 'http://modules.local/', port: 6666 })).toBe('http://modules.local:6666');
    expect(enrichmentBaseUrl({ url: 'http://modules.local', port: '' })).toBe('http://modules.local');
  });
});
