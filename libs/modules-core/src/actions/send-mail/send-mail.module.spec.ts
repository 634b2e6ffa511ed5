import { coreEvent, createTestContext, fakeMisp, MispApiError, runModule, toManifest } from '@misp-wf/sdk';
import { sendMail } from './send-mail.module';

/** `GET /admin/users` as MISP answers it (fields trimmed to the ones that matter plus a few). */
const USERS = [
  user('1', 'admin@admin.test', true),
  user('2', 'Analyst@Example.test', false),
  user('3', 'soc-lead@example.test', true),
  user('4', 'former-admin@example.test', true, true),
  user('5', 'intern@example.test', false),
];

function user(id: string, email: string, siteAdmin: boolean, disabled = false) {
  return {
    User: { id, org_id: '1', email, disabled, role_id: siteAdmin ? '1' : '3', autoalert: false, contactalert: false },
    Role: { id: siteAdmin ? '1' : '3', name: siteAdmin ? 'admin' : 'User', perm_auth: true, perm_site_admin: siteAdmin },
    Organisation: { id: '1', name: 'ORGNAME' },
  };
}

const SUBJECT = '[MISP] Event 1 published';
const BODY = 'Event "Phishing wave" was published.';

function context(params: Record<string, unknown>, answer: unknown = USERS) {
  const misp = fakeMisp();
  misp.respond('GET /admin/users', answer);
  const data = coreEvent({ info: 'Phishing wave' });
  const ctx = createTestContext(sendMail, { params: { mail_template_subject: SUBJECT, mail_template_body: BODY, ...params }, data, misp });
  return { ctx, misp, data, before: structuredClone(data) };
}

const recipientsOf = (ctx: ReturnType<typeof context>['ctx']) => ctx.mails.map((m) => m.to);

describe('send-mail', () => {
  it('by default mails every enabled site admin, one mail each, data unchanged', async () => {
    const { ctx, misp, before } = context({});
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(misp.calls).toEqual([{ method: 'GET', path: '/admin/users' }]);
    expect(ctx.mails).toEqual([
      { to: ['admin@admin.test'], subject: SUBJECT, text: BODY },
      { to: ['soc-lead@example.test'], subject: SUBJECT, text: BODY },
    ]);
    expect(ctx.currentData()).toEqual(before);
  });

  it('"All accounts" mails every enabled account', async () => {
    const { ctx } = context({ recipients: ['All accounts'] });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(recipientsOf(ctx)).toEqual([['admin@admin.test'], ['Analyst@Example.test'], ['soc-lead@example.test'], ['intern@example.test']]);
  });

  it('listed e-mails match accounts without case; unknown and disabled ones get nothing; no duplicates', async () => {
    const { ctx } = context({ recipients: ['analyst@example.test', 'outsider@elsewhere.test', 'former-admin@example.test', 'All admins', 'admin@admin.test'] });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(recipientsOf(ctx)).toEqual([['admin@admin.test'], ['Analyst@Example.test'], ['soc-lead@example.test']]);
  });

  it('succeeds without sending when no enabled account matches', async () => {
    const { ctx } = context({ recipients: ['outsider@elsewhere.test'] });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.mails).toEqual([]);
    expect(ctx.logs).toEqual([expect.objectContaining({ level: 'info', message: expect.stringContaining('nothing sent') })]);
  });

  it('sends an empty body (MISP only checks the subject)', async () => {
    const { ctx } = context({ mail_template_body: '' });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.mails[0]).toEqual({ to: ['admin@admin.test'], subject: SUBJECT, text: '' });
  });

  it('fails with "No recipient set." without asking MISP', async () => {
    const { ctx, misp } = context({ recipients: [] });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'fail', message: 'No recipient set.', cause: 'configuration-invalid' });
    expect(misp.calls).toEqual([]);
  });

  it.each(['', '0'])('fails with "The mail template is empty." for the subject %j', async (subject) => {
    const { ctx, misp } = context({ mail_template_subject: subject });
    await expect(runModule(sendMail, ctx)).resolves.toEqual({ kind: 'fail', message: 'The mail template is empty.', cause: 'configuration-invalid' });
    expect([misp.calls, ctx.mails]).toEqual([[], []]);
  });

  it('fails with the MISP error when the accounts cannot be listed', async () => {
    const { ctx } = context({}, new MispApiError('MISP refused the API key (403)', 403, 'credential-invalid'));
    await expect(runModule(sendMail, ctx)).resolves.toEqual({
      kind: 'fail',
      message: 'Could not list the MISP accounts: MISP refused the API key (403)',
      cause: 'credential-invalid',
    });
    expect(ctx.mails).toEqual([]);
  });

  it('fails on an answer that is not a user list', async () => {
    const { ctx } = context({}, { saved: true });
    await expect(runModule(sendMail, ctx)).resolves.toMatchObject({ kind: 'fail', message: expect.stringContaining('not a list of users') });
  });

  it('still mails the others, then fails naming the address that could not be reached', async () => {
    const { ctx } = context({ recipients: ['All accounts'] });
    const delivered: string[] = [];
    ctx.mail.send = async (message) => {
      if (message.to[0] === 'soc-lead@example.test') throw new Error('550 mailbox unavailable');
      delivered.push(...message.to);
    };
    await expect(runModule(sendMail, ctx)).resolves.toEqual({
      kind: 'fail',
      message: 'Could not send the mail to soc-lead@example.test (550 mailbox unavailable)',
      cause: 'temporarily-unavailable',
    });
    expect(delivered).toEqual(['admin@admin.test', 'Analyst@Example.test', 'intern@example.test']);
  });

  it('declares MISP params', () => {
    const manifest = toManifest(sendMail);
    expect(manifest).toMatchObject({ id: 'send-mail', version: '0.1.0', blocking: false, outputs: 1, icon: 'envelope' });
    expect(manifest.params.map((p) => [p.id, p.type, p.default, p.jinja_supported])).toEqual([
      ['recipients', 'picker', ['All admins'], false],
      ['mail_template_subject', 'textarea', undefined, true],
      ['mail_template_body', 'textarea', undefined, true],
    ]);
    expect(manifest.params[0]).toMatchObject({ multiple: true, options_source: 'users', options: [{ value: 'All accounts' }, { value: 'All admins' }] });
  });
});
