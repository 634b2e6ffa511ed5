import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { SettingValue } from '@misp-wf/contracts';
import type { Mailer, MailMessage } from '@misp-wf/sdk';
import { createTransport, type Transporter } from 'nodemailer';
import { SettingsService } from '../../settings/settings.service';
import { MAIL_SETTING_NAMES, smtpSettings, type SmtpSettings } from './smtp-settings';

/** A mail was refused before or by the SMTP server; the message says which and why. */
export class MailError extends Error {
  override readonly name = 'MailError';
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
// One line, an `@`, no spaces or angle brackets: enough to refuse header injection and obvious typos.
const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;

/**
 * Outgoing mail (`send-mail`) over SMTP with nodemailer, configured by the `Mail.smtp_*` settings and sent from
 * `MISP.email`. The transport follows setting changes; without a host or sender every send fails with a
 * message naming the missing settings.
 */
@Injectable()
export class MailerService implements Mailer, OnModuleDestroy {
  private transport: { key: string; transporter: Transporter } | null = null;

  constructor(private readonly settings: SettingsService) {}

  async send(message: MailMessage): Promise<void> {
    if (message.to.length === 0) throw new MailError('A mail needs at least one recipient');
    const bad = message.to.filter((address) => !ADDRESS.test(address));
    if (bad.length > 0) throw new MailError(`Invalid recipient address: ${bad.map((a) => JSON.stringify(a)).join(', ')}`);
    const config = await this.config();
    try {
      await this.transporterFor(config).sendMail({
        from: config.from,
        to: message.to,
        // A subject is one header line: line breaks in a rendered template become spaces.
        subject: message.subject.replace(/[\r\n]+/g, ' '),
        text: message.text,
      });
    } catch (error) {
      throw new MailError(`The SMTP server ${config.host}:${config.port} did not accept the mail: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.transport?.transporter.close();
    this.transport = null;
  }

  private async config(): Promise<SmtpSettings> {
    const values = new Map<string, SettingValue>();
    for (const name of MAIL_SETTING_NAMES) values.set(name, await this.settings.get(name));
    const check = smtpSettings((name) => values.get(name));
    if (!check.ok) throw new MailError(`Mail is not configured: set ${check.missing.join(' and ')}`);
    return check.settings;
  }

  private transporterFor(config: SmtpSettings): Transporter {
    const key = JSON.stringify([config.host, config.port, config.secure, config.user, config.password]);
    if (this.transport?.key === key) return this.transport.transporter;
    this.transport?.transporter.close();
    const transporter = createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      ...(config.user !== '' ? { auth: { user: config.user, pass: config.password } } : {}),
      ...TIMEOUTS,
    });
    this.transport = { key, transporter };
    return transporter;
  }
}
