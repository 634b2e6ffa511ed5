import { coreEvent, createTestContext, HttpRequestError, runModule, toManifest, type HttpRequest, type ParamValues } from '@misp-wf/sdk';
import { USER_AGENT } from './webhook-request';
import { webhook } from './webhook.module';

const ON = { 'Security.rest_client_enable_arbitrary_urls': true };
const URL = 'https://hooks.example.test/misp';
const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': USER_AGENT };

function event() {
  return coreEvent({ info: 'Phishing wave', tags: ['tlp:green'], attributes: [{ value: '198.51.100.7' }] });
}

type Params = Partial<ParamValues<NonNullable<typeof webhook.params>>>;

function run(params: Params, answer?: (req: HttpRequest) => { status: number; body: string }) {
  const data = event();
  const ctx = createTestContext(webhook, { params: { url: URL, ...params }, data, settings: ON, http: answer });
  return { ctx, data, result: runModule(webhook, ctx) };
}

describe('webhook', () => {
  it('POSTs the whole roaming data as JSON with MISP headers and leaves the data alone', async () => {
    const { ctx, data, result } = run({});
    const before = structuredClone(data);
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls).toEqual([{ url: URL, method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(data) }]);
    expect(ctx.currentData()).toBe(data);
    expect(data).toEqual(before);
  });

  it('refuses to send while arbitrary URLs are off', async () => {
    const cases: Record<string, boolean>[] = [{}, { 'Security.rest_client_enable_arbitrary_urls': false }];
    for (const settings of cases) {
      const ctx = createTestContext(webhook, { params: { url: URL }, data: event(), settings });
      await expect(runModule(webhook, ctx)).resolves.toEqual({
        kind: 'fail',
        message: '`Security.rest_client_enable_arbitrary_urls` is turned off',
        cause: 'configuration-invalid',
      });
      expect(ctx.httpCalls).toEqual([]);
    }
  });

  it.each(['', '0'])('fails with "URL not provided." for the PHP-empty url %j', async (url) => {
    const { ctx, result } = run({ url });
    await expect(result).resolves.toMatchObject({ kind: 'fail', message: 'URL not provided.' });
    expect(ctx.httpCalls).toEqual([]);
  });

  it.each([
    ['JSON text is re-encoded', '{ "event": "Phishing wave",\n  "n": 1 }', '{"event":"Phishing wave","n":1}'],
    ['other text becomes a JSON string', 'Event Phishing wave published', '"Event Phishing wave published"'],
    ['"0" is a payload, not empty', '0', '0'],
  ])('json payload: %s', async (_case, payload, body) => {
    const { ctx, result } = run({ payload });
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0]).toMatchObject({ method: 'POST', body, headers: JSON_HEADERS });
  });

  it('form: a text payload goes as it is, with the form content type', async () => {
    const { ctx, result } = run({ content_type: 'form', payload: 'event=Phishing wave&level=2' });
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls).toEqual([
      {
        url: URL,
        method: 'POST',
        headers: { ...JSON_HEADERS, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'event=Phishing wave&level=2',
      },
    ]);
  });

  it('form: the roaming data is form-encoded as PHP does', async () => {
    const ctx = createTestContext(webhook, {
      params: { url: URL, content_type: 'form' },
      data: { Event: { id: '7', info: 'a b', published: true, Tag: [{ name: 'tlp:green' }] } },
      settings: ON,
    });
    await expect(runModule(webhook, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0].body).toBe('Event%5Bid%5D=7&Event%5Binfo%5D=a+b&Event%5Bpublished%5D=1&Event%5BTag%5D%5B0%5D%5Bname%5D=tlp%3Agreen');
  });

  it('adds the header lines, replacing defaults of the same name whatever the case', async () => {
    const headers = 'Authorization: Bearer s3cr3t\r\nX-Trace:  a:b  \nnot a header\n: no name\ncontent-type: application/vnd.misp+json\nuser-agent: custom';
    const { ctx, result } = run({ headers });
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0].headers).toEqual({
      Accept: 'application/json',
      'content-type': 'application/vnd.misp+json',
      'user-agent': 'custom',
      Authorization: 'Bearer s3cr3t',
      'X-Trace': 'a:b',
    });
  });

  it('form keeps the form content type over a header line', async () => {
    const { ctx, result } = run({ content_type: 'form', headers: 'Content-Type: text/plain', payload: 'x=1' });
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0].headers?.['Content-Type']).toBe('application/x-www-form-urlencoded');
  });

  it.each([
    ['get', 'GET', undefined],
    ['put', 'PUT', '{"a":1}'],
    ['delete', 'DELETE', '{"a":1}'],
  ] as const)('request method %s sends %s with body %j', async (request_method, method, body) => {
    const { ctx, result } = run({ request_method, payload: '{"a":1}' });
    await expect(result).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0].method).toBe(method);
    expect(ctx.httpCalls[0].body).toBe(body);
  });

  it('allows a self-signed certificate only when asked', async () => {
    const allow = run({ self_signed: 'allow' });
    await allow.result;
    expect(allow.ctx.httpCalls[0].allowSelfSigned).toBe(true);
    const deny = run({});
    await deny.result;
    expect(deny.ctx.httpCalls[0]).not.toHaveProperty('allowSelfSigned');
  });

  it.each([
    [200, { kind: 'ok' }],
    [204, { kind: 'ok' }],
    [401, { kind: 'fail', message: 'Authentication failed.', cause: 'credential-invalid' }],
    [403, { kind: 'fail', message: 'Authentication failed.', cause: 'credential-invalid' }],
    [
      500,
      {
        kind: 'fail',
        message: 'Something went wrong with the request or the remote side is having issues. Body returned: upstream down',
        cause: 'temporarily-unavailable',
      },
    ],
    [
      429,
      {
        kind: 'fail',
        message: 'Something went wrong with the request or the remote side is having issues. Body returned: upstream down',
        cause: 'rate-limited',
      },
    ],
    [302, { kind: 'fail', message: expect.stringContaining('Body returned: upstream down'), cause: 'configuration-invalid' }],
  ])('status %i → %j', async (status, outcome) => {
    const { result } = run({}, () => ({ status, body: 'upstream down' }));
    await expect(result).resolves.toEqual(outcome);
  });

  it('reports a transport error as MISP reports a socket error', async () => {
    const { result } = run({}, () => {
      throw new HttpRequestError('connect ECONNREFUSED 127.0.0.1:9', 'network');
    });
    await expect(result).resolves.toEqual({
      kind: 'fail',
      message: 'Something went wrong while sending the request. Error returned: connect ECONNREFUSED 127.0.0.1:9',
      cause: 'temporarily-unavailable',
    });
  });

  it('reports a URL the platform refuses as a configuration problem', async () => {
    const { result } = run({}, () => {
      throw new HttpRequestError('URL not allowed: http://169.254.169.254/', 'url-not-allowed');
    });
    await expect(result).resolves.toMatchObject({ kind: 'fail', cause: 'configuration-invalid' });
  });

  it('reports any other error with MISP generic message, e.g. an unknown stored method', async () => {
    const ctx = createTestContext(webhook, { params: { url: URL }, data: event(), settings: ON });
    (ctx.params as Record<string, unknown>)['request_method'] = 'patch';
    await expect(runModule(webhook, ctx)).resolves.toEqual({
      kind: 'fail',
      message: 'Something went wrong. Error returned: Unsupported request method "patch"',
      cause: 'configuration-invalid',
    });
    expect(ctx.httpCalls).toEqual([]);
  });

  it('declares MISP params, flags and version', () => {
    const manifest = toManifest(webhook);
    expect(manifest).toMatchObject({ id: 'webhook', version: '0.7.0', module_type: 'action', blocking: false, inputs: 1, outputs: 1 });
    expect(manifest.expect_misp_core_format).toBe(false);
    expect(manifest.support_filters).toBe(false);
    expect(manifest.params.map((p) => [p.id, p.type, p.default, p.jinja_supported])).toEqual([
      ['url', 'input', undefined, true],
      ['content_type', 'select', 'json', false],
      ['request_method', 'select', 'post', false],
      ['self_signed', 'select', 'deny', false],
      ['payload', 'textarea', '', true],
      ['headers', 'textarea', undefined, true],
    ]);
    expect(manifest.params.find((p) => p.id === 'request_method')?.options?.map((o) => o.value)).toEqual(['post', 'get', 'put', 'delete']);
    expect(manifest.params.find((p) => p.id === 'content_type')?.options).toEqual([
      { value: 'json', label: 'application/json' },
      { value: 'form', label: 'application/x-www-form-urlencoded' },
    ]);
  });
});
