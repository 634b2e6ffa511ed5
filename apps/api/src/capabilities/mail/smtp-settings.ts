import type { SettingValue } from '@misp-wf/contracts';

export const MAIL_SETTING_NAMES = ['Mail.smtp_host', 'Mail.smtp_port', 'Mail.smtp_secure', 'Mail.smtp_user', 'Mail.smtp_password', 'MISP.email'] as const;

export type SmtpSettings = { host: string; port: number; secure: boolean; user: string; password: string; from: string };

export type SmtpSettingsCheck = { ok: true; settings: SmtpSettings } | { ok: false; missing: string[] };

/** The SMTP transport the settings describe; mail is configured once a host and a sender address are set. */
export function smtpSettings(get: (name: string) => SettingValue | undefined): SmtpSettingsCheck {
  const text = (name: string) => String(get(name) ?? '').trim();
  const host = text('Mail.smtp_host');
  const from = text('MISP.email');
  const missing = [...(host === '' ? ['Mail.smtp_host'] : []), ...(from === '' ? ['MISP.email'] : [])];
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    settings: {
      host,
      port: Number(get('Mail.smtp_port')) || 25,
      secure: get('Mail.smtp_secure') === true,
      user: text('Mail.smtp_user'),
      password: String(get('Mail.smtp_password') ?? ''),
      from,
    },
  };
}
