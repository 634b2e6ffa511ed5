import { php } from '@misp-wf/engine';
import { defineModule, fail, MispApiError, ok, param } from '@misp-wf/sdk';
import { ALL_ACCOUNTS, ALL_ADMINS, isUserList, resolveRecipients, USERS_ROUTE } from './mail-recipients';

/**
 * Send Mail (spec §12.6): renders subject and body (Jinja, rendered by the platform before `run`), resolves the
 * recipients against MISP's accounts through the REST API and sends one mail per account through the platform's
 * SMTP settings. A mail that cannot be sent fails the node (MISP only logs it; docs/divergences.md).
 */
export const sendMail = defineModule({
  id: 'send-mail',
  version: '0.1.0',
  type: 'action',
  name: 'Send Mail',
  description: 'Allow to send a Mail to a list or recipients.',
  icon: 'envelope',
  params: {
    recipients: param.picker({
      label: 'Recipients',
      options: [
        { value: ALL_ACCOUNTS, label: ALL_ACCOUNTS },
        { value: ALL_ADMINS, label: ALL_ADMINS },
      ],
      // The e-mail addresses of MISP's accounts, which MISP lists at module load.
      optionsSource: 'users',
      default: [ALL_ADMINS],
    }),
    mail_template_subject: param.textarea({
      label: 'Mail template subject',
      placeholder: 'The **template** will be rendered using *Jinja2*!',
      jinja: true,
    }),
    mail_template_body: param.textarea({
      label: 'Mail template body',
      placeholder: 'The **template** will be rendered using *Jinja2*!',
      jinja: true,
    }),
  },
  run: async (ctx) => {
    const { recipients, mail_template_subject: subject, mail_template_body: body } = ctx.params;
    if (recipients.length === 0) return fail('No recipient set.', { cause: 'configuration-invalid' });
    if (php.phpEmpty(subject)) return fail('The mail template is empty.', { cause: 'configuration-invalid' });
    let users: unknown;
    try {
      users = await ctx.misp.request({ method: 'GET', path: USERS_ROUTE });
    } catch (error) {
      if (error instanceof MispApiError) return fail(`Could not list the MISP accounts: ${error.message}`, { cause: error.failureCause });
      throw error;
    }
    if (!isUserList(users)) return fail(`Unexpected answer from MISP to GET ${USERS_ROUTE}: not a list of users`, { cause: 'module-defect' });
    const addresses = resolveRecipients(users, recipients);
    if (addresses.length === 0) ctx.log.info('send-mail: no enabled MISP account matches the recipients; nothing sent');
    const failures: string[] = [];
    for (const address of addresses) {
      try {
        await ctx.mail.send({ to: [address], subject, text: body });
      } catch (error) {
        failures.push(`${address} (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    if (failures.length > 0) {
      return fail(`Could not send the mail to ${failures.join(', ')}`, { cause: 'temporarily-unavailable' });
    }
    return ok();
  },
});
