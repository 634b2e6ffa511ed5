import { coreEvent, createTestContext, runModule, toManifest } from '@misp-wf/sdk';
import { USER_AGENT } from '../webhook/webhook-request';
import { splunkHecExport } from './splunk-hec-export.module';

const ON = { 'Security.rest_client_enable_arbitrary_urls': true };
const URL = 'https://splunk.example.test:8088/services/collector/event';
const TOKEN = '11111111-2222-3333-4444-555555555555';
const HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': USER_AGENT, Authorization: `Splunk ${TOKEN}` };

const event = () =>
  coreEvent({
    info: 'Botnet C2',
    tags: ['tlp:amber'],
    attributes: [{ value: '203.0.113.10' }, { value: 'c2.evil.test', type: 'domain' }, { value: '203.0.113.11' }],
  });

function context(params: Record<string, string>, http?: (n: number) => { status: number; body: string }) {
  const data = event();
  let n = 0;
  const ctx = createTestContext(splunkHecExport, {
    params: { url: URL, hec_token: TOKEN, ...params },
    data,
    settings: ON,
    http: http ? () => http(n++) : undefined,
  });
  return { ctx, data, before: structuredClone(data) };
}

const sentEvents = (ctx: ReturnType<typeof context>['ctx']) => ctx.httpCalls.map((c) => JSON.parse(c.body ?? 'null') as unknown);

describe('splunk-hec-export', () => {
  it('sends the whole data as one HEC event with the Splunk token, data unchanged', async () => {
    const { ctx, data, before } = context({});
    await expect(runModule(splunkHecExport, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls).toEqual([{ url: URL, method: 'POST', headers: HEADERS, body: JSON.stringify({ event: data }) }]);
    expect(ctx.currentData()).toEqual(before);
  });

  it('adds the source type when set', async () => {
    const { ctx, data } = context({ source_type: 'misp:event' });
    await runModule(splunkHecExport, ctx);
    expect(sentEvents(ctx)).toEqual([{ event: data, sourcetype: 'misp:event' }]);
  });

  it('sends one event per attribute, with the event stripped of its attributes', async () => {
    const { ctx, data, before } = context({ event_per_attribute: '1' });
    await expect(runModule(splunkHecExport, ctx)).resolves.toEqual({ kind: 'ok' });
    const stripped: Record<string, unknown> = { ...data.Event };
    delete stripped['Attribute'];
    delete stripped['_AttributeFlattened'];
    expect(sentEvents(ctx)).toEqual(data.Event.Attribute.map((attribute) => ({ event: { Attribute: attribute, Event: stripped } })));
    expect(Object.keys(stripped)).toEqual(expect.arrayContaining(['id', 'info', 'Tag', 'Object']));
    expect(ctx.currentData()).toEqual(before);
  });

  it('applies the data extraction model, unpacking single values', async () => {
    const model = JSON.stringify({ EventInfo: 'Event.info', Value: 'Attribute.value', Tags: 'Event.Tag.{n}.name', Ids: 'Event.Tag.{n}.id', Missing: 'Event.nope' });
    const { ctx } = context({ event_per_attribute: '1', data_extraction_model: model });
    await expect(runModule(splunkHecExport, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(sentEvents(ctx)).toEqual(
      ['203.0.113.10', 'c2.evil.test', '203.0.113.11'].map((value) => ({
        event: { EventInfo: 'Botnet C2', Value: value, Tags: 'tlp:amber', Ids: '1', Missing: [] },
      })),
    );
  });

  it.each([
    ['not JSON', '{ EventInfo: Event.info', /^Invalid data extraction model \(JSON expected\): /],
    ['a list', '["Event.info"]', /^Invalid data extraction model: expected a JSON object/],
    ['a bad path', '{"x": "Event.Attribute.{n}[value=/(a+)+$/]"}', /^Error while trying to extract data with path `Event\.Attribute\.\{n\}\[value=\/\(a\+\)\+\$\/\]`$/],
  ])('fails on a model that is %s, sending nothing', async (_case, model, message) => {
    const { ctx } = context({ data_extraction_model: model });
    const result = await runModule(splunkHecExport, ctx);
    expect(result).toMatchObject({ kind: 'fail', cause: 'configuration-invalid' });
    expect(result.kind === 'fail' && result.message).toMatch(message);
    expect(ctx.httpCalls).toEqual([]);
  });

  it('verifies the certificate unless verify_tls is 0', async () => {
    const verify = context({});
    await runModule(splunkHecExport, verify.ctx);
    expect(verify.ctx.httpCalls[0]).not.toHaveProperty('allowSelfSigned');
    const noVerify = context({ verify_tls: '0' });
    await runModule(splunkHecExport, noVerify.ctx);
    expect(noVerify.ctx.httpCalls[0].allowSelfSigned).toBe(true);
  });

  it('stops at the first failing event with the webhook messages', async () => {
    const { ctx } = context({ event_per_attribute: '1' }, (n) => (n === 0 ? { status: 200, body: '{"text":"Success","code":0}' } : { status: 503, body: '{"text":"Server is busy","code":9}' }));
    await expect(runModule(splunkHecExport, ctx)).resolves.toEqual({
      kind: 'fail',
      message: 'Something went wrong with the request or the remote side is having issues. Body returned: {"text":"Server is busy","code":9}',
      cause: 'temporarily-unavailable',
    });
    expect(ctx.httpCalls).toHaveLength(2);
    const denied = context({}, () => ({ status: 403, body: '{"text":"Invalid token","code":4}' }));
    await expect(runModule(splunkHecExport, denied.ctx)).resolves.toMatchObject({ kind: 'fail', message: 'Authentication failed.' });
  });

  it.each([
    ['arbitrary URLs off', {}, { url: URL, hec_token: TOKEN }, '`Security.rest_client_enable_arbitrary_urls` is turned off'],
    ['no URL', ON, { hec_token: TOKEN }, 'URL not provided.'],
    ['no token', ON, { url: URL }, 'Authorization token not provided.'],
  ])('refuses with %s', async (_case, settings, params, message) => {
    const ctx = createTestContext(splunkHecExport, { params, data: event(), settings });
    await expect(runModule(splunkHecExport, ctx)).resolves.toMatchObject({ kind: 'fail', message });
    expect(ctx.httpCalls).toEqual([]);
  });

  it('declares MISP params, flags and version', () => {
    const manifest = toManifest(splunkHecExport);
    expect(manifest).toMatchObject({ id: 'splunk-hec-export', version: '0.2.0', blocking: false, expect_misp_core_format: true, support_filters: false, outputs: 0 });
    expect(manifest.params.map((p) => [p.id, p.type, p.default])).toEqual([
      ['url', 'input', undefined],
      ['verify_tls', 'select', '1'],
      ['hec_token', 'input', undefined],
      ['source_type', 'input', ''],
      ['event_per_attribute', 'select', '0'],
      ['data_extraction_model', 'textarea', ''],
    ]);
  });
});
