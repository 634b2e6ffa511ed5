import { coreEvent, createTestContext, HttpRequestError, runModule, toManifest } from '@misp-wf/sdk';
import { USER_AGENT } from '../webhook/webhook-request';
import { telegramSendAlert } from './telegram-send-alert.module';

const params = { bot_token: '123456:AAE-token', chat_id: '-100200300', message_body_template: '<b>Event published</b>: Phishing wave' };

describe('telegram-send-alert', () => {
  it('POSTs {chat_id, text, parse_mode} as JSON to the Bot API, data unchanged', async () => {
    const data = coreEvent({ info: 'Phishing wave' });
    const before = structuredClone(data);
    // No `Security.rest_client_enable_arbitrary_urls`: MISP does not check it for Telegram.
    const ctx = createTestContext(telegramSendAlert, { params, data });
    await expect(runModule(telegramSendAlert, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.httpCalls).toEqual([
      {
        url: 'https://api.telegram.org/bot123456:AAE-token/sendMessage',
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': USER_AGENT },
        body: JSON.stringify({ chat_id: '-100200300', text: '<b>Event published</b>: Phishing wave', parse_mode: 'HTML' }),
      },
    ]);
    expect(ctx.currentData()).toEqual(before);
  });

  it.each([
    [401, { kind: 'fail', message: 'Authentication failed', cause: 'credential-invalid' }],
    [400, { kind: 'fail', message: 'Something went wrong with the request: {"ok":false,"description":"Bad Request: chat not found"}', cause: 'configuration-invalid' }],
    [403, { kind: 'fail', message: 'Something went wrong with the request: {"ok":false,"description":"Bad Request: chat not found"}', cause: 'credential-invalid' }],
  ])('status %i → %j', async (status, outcome) => {
    const body = '{"ok":false,"description":"Bad Request: chat not found"}';
    const ctx = createTestContext(telegramSendAlert, { params, data: coreEvent(), http: () => ({ status, body }) });
    await expect(runModule(telegramSendAlert, ctx)).resolves.toEqual(outcome);
  });

  it('fails the node on a transport error', async () => {
    const ctx = createTestContext(telegramSendAlert, {
      params,
      data: coreEvent(),
      http: () => {
        throw new HttpRequestError('getaddrinfo ENOTFOUND api.telegram.org', 'network');
      },
    });
    await expect(runModule(telegramSendAlert, ctx)).resolves.toMatchObject({
      kind: 'fail',
      message: 'Something went wrong while sending the request. Error returned: getaddrinfo ENOTFOUND api.telegram.org',
    });
  });

  it('declares MISP params and version', () => {
    const manifest = toManifest(telegramSendAlert);
    expect(manifest).toMatchObject({ id: 'telegram-send-alert', version: '0.1.0', blocking: false, outputs: 1 });
    expect(manifest.params.map((p) => [p.id, p.type, p.jinja_supported])).toEqual([
      ['bot_token', 'input', false],
      ['chat_id', 'input', false],
      ['message_body_template', 'textarea', true],
    ]);
  });
});
