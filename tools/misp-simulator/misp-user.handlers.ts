import { notFound, type HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';

/*
 * `GET /admin/users` (UsersController::admin_index as REST): every account with its role and organisation,
 * as a site admin sees them. The accounts are fixed: the simulator's all-powerful key belongs to the first one.
 * `send-mail` resolves its recipients (`All admins`, `All accounts`, e-mails) from this list.
 */

type Account = {
  id: string;
  email: string;
  role: 'admin' | 'Org Admin' | 'User';
  disabled?: boolean;
};

const ROLES = {
  admin: { id: '1', name: 'admin', perm_auth: true, perm_site_admin: true },
  'Org Admin': {
    id: '2',
    name: 'Org Admin',
    perm_auth: true,
    perm_site_admin: false,
  },
  User: { id: '3', name: 'User', perm_auth: true, perm_site_admin: false },
} as const;

export const SIMULATED_ACCOUNTS: readonly Account[] = [
  { id: '1', email: 'admin@admin.test', role: 'admin' },
  { id: '2', email: 'orgadmin@example.test', role: 'Org Admin' },
  { id: '3', email: 'analyst@example.test', role: 'User' },
  { id: '4', email: 'soc-lead@example.test', role: 'admin' },
  { id: '5', email: 'former@example.test', role: 'User', disabled: true },
];

function userRow(account: Account) {
  const role = ROLES[account.role];
  return {
    User: {
      id: account.id,
      org_id: '1',
      server_id: '0',
      email: account.email,
      autoalert: false,
      invited_by: '0',
      gpgkey: null,
      certif_public: '',
      nids_sid: '4000000',
      termsaccepted: true,
      newsread: '0',
      role_id: role.id,
      change_pw: false,
      contactalert: false,
      disabled: account.disabled === true,
      expiration: null,
      current_login: '0',
      last_login: '0',
      force_logout: false,
      date_created: '1700000000',
      date_modified: '1700000000',
    },
    Role: role,
    Organisation: { id: '1', name: 'ORGNAME' },
  };
}

/** `GET /admin/users` and `/admin/users/index`. */
export function indexUsers(ctx: RequestContext): HandlerResult {
  if (ctx.params.length > 0 && ctx.params[0].toLowerCase() !== 'index')
    throw notFound('Not Found');
  return { body: SIMULATED_ACCOUNTS.map(userRow) };
}
