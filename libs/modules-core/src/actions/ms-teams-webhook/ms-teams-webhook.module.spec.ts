import { coreEvent, createTestContext, HttpRequestError, runModule, toManifest } from '@misp-wf/sdk';
import { phpUrlencode } from '../webhook/php-form-encoding';
import { USER_AGENT } from '../webhook/webhook-request';
import { msTeamsWebhook } from './ms-teams-webhook.module';

const ON = { 'Security.rest_client_enable_arbitrary_urls': true };
const URL = 'https://example.webhook.office.com/webhookb2/abc';
const FORM_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': USER_AGENT };

const event = () => coreEvent({ info: 'Ransomware note', attributes: [{ value: 'evil.test', type: 'domain' }, { value: '203.0.113.9' }] });

describe('ms-teams-webhook', () => {
  it('POSTs text=<JSON of the roaming data> as a form, data unchanged', async () => {
    const data = event();
    const before = structuredClone(data);
    const ctx = createTestContext(msTeamsWebhook, { params: { url: URL }, data, settings: ON });
    await expect(runModule(msTeamsWebhook, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls).toEqual([{ url: URL, method: 'POST', headers: FORM_HEADERS, body: `text=${phpUrlencode(JSON.stringify(data))}` }]);
    expect(new URLSearchParams(ctx.httpCalls[0].body).get('text')).toBe(JSON.stringify(data));
    expect(ctx.currentData()).toEqual(before);
  });

  it('sends what data_extraction_path extracts', async () => {
    const ctx = createTestContext(msTeamsWebhook, {
      params: { url: URL, data_extraction_path: 'Event._AttributeFlattened.{n}.value' },
      data: event(),
      settings: ON,
    });
    await expect(runModule(msTeamsWebhook, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls[0].body).toBe('text=%5B%22evil.test%22%2C%22203.0.113.9%22%5D');
  });

  it('fails on a path Hash cannot evaluate, without sending', async () => {
    const path = 'Event._AttributeFlattened.{n}[value=/(a+)+$/]';
    const ctx = createTestContext(msTeamsWebhook, { params: { url: URL, data_extraction_path: path }, data: event(), settings: ON });
    await expect(runModule(msTeamsWebhook, ctx)).resolves.toMatchObject({ kind: 'fail', message: `Error while trying to extract data with path \`${path}\`` });
    expect(ctx.httpCalls).toEqual([]);
  });

  it('needs arbitrary URLs and a URL', async () => {
    const off = createTestContext(msTeamsWebhook, { params: { url: URL }, data: event() });
    await expect(runModule(msTeamsWebhook, off)).resolves.toMatchObject({ message: '`Security.rest_client_enable_arbitrary_urls` is turned off' });
    const noUrl = createTestContext(msTeamsWebhook, { data: event(), settings: ON });
    await expect(runModule(msTeamsWebhook, noUrl)).resolves.toMatchObject({ message: 'URL not provided.' });
    expect([...off.httpCalls, ...noUrl.httpCalls]).toEqual([]);
  });

  it('answers with the webhook messages', async () => {
    const denied = createTestContext(msTeamsWebhook, { params: { url: URL }, data: event(), settings: ON, http: () => ({ status: 403, body: '' }) });
    await expect(runModule(msTeamsWebhook, denied)).resolves.toMatchObject({ kind: 'fail', message: 'Authentication failed.' });
    const down = createTestContext(msTeamsWebhook, {
      params: { url: URL },
      data: event(),
      settings: ON,
      http: () => {
        throw new HttpRequestError('timeout after 10000 ms', 'timeout');
      },
    });
    await expect(runModule(msTeamsWebhook, down)).resolves.toMatchObject({
      kind: 'fail',
      message: 'Something went wrong while sending the request. Error returned: timeout after 10000 ms',
    });
  });

  it('declares MISP params and version', () => {
    const manifest = toManifest(msTeamsWebhook);
    expect(manifest).toMatchObject({ id: 'ms-teams-webhook', version: '0.5.0', blocking: false, outputs: 1 });
    expect(manifest.params.map((p) => [p.id, p.type, p.default])).toEqual([
      ['url', 'input', undefined],
      ['content_type', 'select', 'form'],
      ['data_extraction_path', 'hashpath', ''],
    ]);
    expect(manifest.params[1].options).toEqual([{ value: 'form', label: 'application/x-www-form-urlencoded' }]);
  });
});
