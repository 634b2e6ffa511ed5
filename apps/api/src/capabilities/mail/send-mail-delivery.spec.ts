import { ACTION_MODULES } from '@misp-wf/modules-core';
import { coreEvent, createTestContext, runModule, type ModuleContext } from '@misp-wf/sdk';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, SEED_EVENT, type MispSimulator } from '../../../../../tools/misp-simulator';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the SMTP sink is test tooling, spoken to over real TCP
import { createSmtpSink, type SmtpSink } from '../../../../../tools/smtp-sink';
import type { SettingsService } from '../../settings/settings.service';
import { MispRestClient } from '../misp/misp-rest-client';
import { DispatcherPool } from '../transport/dispatcher-pool';
import { settingsOnSqlite } from '../zmq/settings-on-sqlite.spec-support';
import { MailerService } from './mailer.service';

const KEY = 'send-mail-test-key-0123456789';


// Looked up in the catalogue the platform loads, so the test runs the module exactly as registered.
const sendMail = ACTION_MODULES.find((m) => m.id === 'send-mail');
if (!sendMail) throw new Error('send-mail is not in ACTION_MODULES');

/** The built-in `send-mail` module resolving recipients through MISP's REST API and mailing over SMTP. */
describe('send-mail through the MISP simulator and the SMTP sink', () => {
  const dispatchers = new DispatcherPool();
  let sim: MispSimulator;
  let sink: SmtpSink;
  let settings: SettingsService;
  let closeSettings: () => Promise<void>;
  let mailer: MailerService;

  beforeEach(async () => {
    sim = await createMispSimulator({ apiKey: KEY, events: [SEED_EVENT] });
    sink = await createSmtpSink();
    ({ settings, close: closeSettings } = await settingsOnSqlite());
    await settings.patch({ 'Mail.smtp_host': sink.host, 'Mail.smtp_port': sink.port, 'MISP.email': 'misp@example.test' });
    mailer = new MailerService(settings);
  });

  afterEach(async () => {
    mailer.onModuleDestroy();
    await Promise.all([sim.close(), sink.close(), closeSettings()]);
  });
  afterAll(() => dispatchers.close());

  const context = (params: Record<string, unknown>): ModuleContext => {
    const misp = new MispRestClient({
      connection: { url: sim.url, apiKey: KEY, verifyTls: true, timeoutMs: 2_000 },
      dispatchers,
      signal: new AbortController().signal,
    });
    const base = createTestContext(sendMail, {
      data: coreEvent({ info: 'Phishing wave' }),
      params: { mail_template_subject: '[MISP] Phishing wave published', mail_template_body: 'See event 1.', ...params },
    });
    return { ...base, misp, mail: mailer };
  };

  it('mails the site admins and the listed accounts, one mail each, in MISP order', async () => {
    const result = await runModule(sendMail, context({ recipients: ['All admins', 'Analyst@Example.test', 'nobody@elsewhere.test'] }));
    expect(result).toEqual({ kind: 'ok' });
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /admin/users']);
    expect(sink.messages.map((m) => [m.from, m.to, m.subject, m.text])).toEqual([
      ['misp@example.test', ['admin@admin.test'], '[MISP] Phishing wave published', 'See event 1.'],
      ['misp@example.test', ['analyst@example.test'], '[MISP] Phishing wave published', 'See event 1.'],
      ['misp@example.test', ['soc-lead@example.test'], '[MISP] Phishing wave published', 'See event 1.'],
    ]);
  });

  it('"All accounts" skips the disabled account', async () => {
    await runModule(sendMail, context({ recipients: ['All accounts'] }));
    expect(sink.messages.map((m) => m.to[0])).toEqual(['admin@admin.test', 'orgadmin@example.test', 'analyst@example.test', 'soc-lead@example.test']);
  });

  it('fails the node with the mailer message when mail is not configured', async () => {
    await settings.patch({ 'Mail.smtp_host': '' });
    await expect(runModule(sendMail, context({}))).resolves.toEqual({
      kind: 'fail',
      message: 'Could not send the mail to admin@admin.test (Mail is not configured: set Mail.smtp_host), soc-lead@example.test (Mail is not configured: set Mail.smtp_host)',
      cause: 'temporarily-unavailable',
    });
  });

  it('fails the node when MISP refuses the key', async () => {
    const ctx = context({});
    const wrongKey = new MispRestClient({
      connection: { url: sim.url, apiKey: 'wrong-key-0123456789', verifyTls: true, timeoutMs: 2_000 },
      dispatchers,
      signal: new AbortController().signal,
    });
    await expect(runModule(sendMail, { ...ctx, misp: wrongKey })).resolves.toMatchObject({
      kind: 'fail',
      message: expect.stringMatching(/^Could not list the MISP accounts: /),
      cause: 'credential-invalid',
    });
    expect(sink.messages).toEqual([]);
  });
});
