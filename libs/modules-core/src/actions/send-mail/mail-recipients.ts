import { php } from '@misp-wf/engine';

export const ALL_ACCOUNTS = 'All accounts';
export const ALL_ADMINS = 'All admins';

/** One entry of MISP's `GET /admin/users` answer (the fields send-mail reads). */
export type MispUserRow = {
  User?: { id?: unknown; email?: unknown; disabled?: unknown };
  Role?: { perm_site_admin?: unknown };
};

/** `GET /admin/users`: every account with its role, as a site admin sees them. */
export const USERS_ROUTE = '/admin/users';

/**
 * The e-mail addresses `recipients` names, as MISP's send-mail resolves them against its accounts:
 * `All accounts` is everyone; otherwise site admins for `All admins` plus the accounts whose e-mail is listed
 * (compared without case, as MySQL does). Disabled accounts get nothing, as in `User::sendEmail`.
 * Addresses that are not MISP accounts are ignored. Order: MISP's, without duplicates.
 */
export function resolveRecipients(users: readonly MispUserRow[], recipients: readonly string[]): string[] {
  const everyone = recipients.includes(ALL_ACCOUNTS);
  const admins = recipients.includes(ALL_ADMINS);
  const listed = new Set(recipients.filter((r) => r !== ALL_ACCOUNTS && r !== ALL_ADMINS).map((r) => r.toLowerCase()));
  const out: string[] = [];
  for (const row of users) {
    const email = typeof row.User?.email === 'string' ? row.User.email : '';
    if (email === '' || !php.phpEmpty(row.User?.disabled) || out.includes(email)) continue;
    const isAdmin = !php.phpEmpty(row.Role?.perm_site_admin);
    if (everyone || (admins && isAdmin) || listed.has(email.toLowerCase())) out.push(email);
  }
  return out;
}

/** MISP answers a list of `{User, Role, Organisation}`; anything else is not a user list. */
export function isUserList(value: unknown): value is MispUserRow[] {
  return Array.isArray(value) && value.every((row) => typeof row === 'object' && row !== null && 'User' in row);
}
