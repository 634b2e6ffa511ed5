import { createServer } from 'node:net';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the SMTP sink is test tooling, spoken to over real TCP
import { createSmtpSink, type SmtpSink } from '../../../../../tools/smtp-sink';
import type { SettingsService } from '../../settings/settings.service';
import { settingsOnSqlite } from '../zmq/settings-on-sqlite.spec-support';
import { MailError, MailerService } from './mailer.service';

const MAIL = { to: ['admin@admin.test'], subject: '[MISP] Event 42 published', text: 'Event "Phishing wave" was published.\nTLP:AMBER' };

describe('MailerService (nodemailer over SMTP to the smtp-sink)', () => {
  let settings: SettingsService;
  let closeSettings: () => Promise<void>;
  let mailer: MailerService;
  let sink: SmtpSink;

  const configure = (extra: Record<string, unknown> = {}) =>
    settings.patch({ 'Mail.smtp_host': sink.host, 'Mail.smtp_port': sink.port, 'MISP.email': 'misp@example.test', ...extra });

  beforeEach(async () => {
    ({ settings, close: closeSettings } = await settingsOnSqlite());
    mailer = new MailerService(settings);
    sink = await createSmtpSink();
  });

  afterEach(async () => {
    mailer.onModuleDestroy();
    await sink.close();
    await closeSettings();
  });

  it('refuses to send until a host and a sender are set, naming what is missing', async () => {
    await expect(mailer.send(MAIL)).rejects.toThrow(new MailError('Mail is not configured: set Mail.smtp_host and MISP.email'));
    await settings.patch({ 'Mail.smtp_host': sink.host });
    await expect(mailer.send(MAIL)).rejects.toThrow('Mail is not configured: set MISP.email');
    expect(sink.messages).toEqual([]);
  });

  it('sends from MISP.email to the recipients with the subject and text', async () => {
    await configure();
    await mailer.send(MAIL);
    await mailer.send({ to: ['soc@example.test', 'analyst@example.test'], subject: 'Zweite Mail — ünïcödé', text: 'second' });
    const [first, second] = await sink.waitForMessages(2);
    expect(first).toMatchObject({ from: 'misp@example.test', to: ['admin@admin.test'], subject: MAIL.subject, text: MAIL.text });
    expect(first.headers['from']).toBe('misp@example.test');
    expect(second).toMatchObject({ to: ['soc@example.test', 'analyst@example.test'], subject: 'Zweite Mail — ünïcödé', text: 'second' });
    expect(first).not.toHaveProperty('authUser');
  });

  it('authenticates with Mail.smtp_user / Mail.smtp_password', async () => {
    await sink.close();
    sink = await createSmtpSink({ auth: { user: 'misp-mailer', pass: 'p4ss' } });
    await configure({ 'Mail.smtp_user': 'misp-mailer', 'Mail.smtp_password': 'wrong' });
    await expect(mailer.send(MAIL)).rejects.toThrow(new RegExp(`^The SMTP server 127\\.0\\.0\\.1:${sink.port} did not accept the mail: .*535`));
    await settings.patch({ 'Mail.smtp_password': 'p4ss' });
    await mailer.send(MAIL);
    expect(sink.messages.map((m) => m.authUser)).toEqual(['misp-mailer']);
  });

  it('follows a change of SMTP server', async () => {
    await configure();
    await mailer.send(MAIL);
    const other = await createSmtpSink();
    try {
      await settings.patch({ 'Mail.smtp_port': other.port });
      await mailer.send({ ...MAIL, subject: 'to the other server' });
      expect(sink.messages.map((m) => m.subject)).toEqual([MAIL.subject]);
      expect((await other.waitForMessages(1))[0].subject).toBe('to the other server');
    } finally {
      await other.close();
    }
  });

  it('reports a server that refuses a recipient or cannot be reached', async () => {
    await sink.close();
    sink = await createSmtpSink({ rejectRecipients: ['gone@example.test'] });
    await configure();
    await expect(mailer.send({ ...MAIL, to: ['gone@example.test'] })).rejects.toThrow(/did not accept the mail: .*550/);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    await settings.patch({ 'Mail.smtp_port': port });
    await expect(mailer.send(MAIL)).rejects.toThrow(new RegExp(`^The SMTP server 127\\.0\\.0\\.1:${port} did not accept the mail: .*ECONNREFUSED`));
  });

  it('keeps a rendered subject on one header line and refuses malformed recipients before connecting', async () => {
    await configure();
    await mailer.send({ ...MAIL, subject: 'line one\r\nBcc: victim@example.test' });
    const [message] = await sink.waitForMessages(1);
    expect(message.subject).toBe('line one Bcc: victim@example.test');
    expect(message.headers).not.toHaveProperty('bcc');
    expect(message.to).toEqual(['admin@admin.test']);

    await expect(mailer.send({ ...MAIL, to: ['a@b.test\r\nRCPT TO:<x@y.test>'] })).rejects.toThrow('Invalid recipient address');
    await expect(mailer.send({ ...MAIL, to: [] })).rejects.toThrow('A mail needs at least one recipient');
    expect(sink.messages).toHaveLength(1);
  });
});
