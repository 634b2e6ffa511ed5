import { notFound, type HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';

/*
 * `GET /organisations/index` (OrganisationsController::index as REST): a flat list of `{"Organisation": {...}}`
 * rows, ordered by name, filtered by the `scope` named param (`local` by default, `external`, `all`) and
 * `searchall` (case-insensitive substring of name, description, nationality, sector, type or contacts).
 * The organisations are fixed: `ORGNAME` is the host organisation the simulated accounts belong to.
 */

type Org = {
  id: string;
  name: string;
  uuid: string;
  local: boolean;
  type?: string;
  nationality?: string;
  sector?: string;
  description?: string;
};

export const SIMULATED_ORGANISATIONS: readonly Org[] = [
  {
    id: '1',
    name: 'ORGNAME',
    uuid: '5f0b9c1e-0000-4c1f-9d61-0c2f2a1b7e00',
    local: true,
    description: 'Automatically generated admin organisation',
  },
  {
    id: '2',
    name: 'CERT-EU',
    uuid: '5f0b9c1e-0000-4c1f-9d61-0c2f2a1b7e02',
    local: true,
    type: 'CERT',
    nationality: 'European Union',
    sector: 'Government',
  },
  {
    id: '3',
    name: 'CIRCL',
    uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f',
    local: false,
    type: 'CSIRT',
    nationality: 'Luxembourg',
    description: 'Computer Incident Response Center Luxembourg',
  },
  {
    id: '4',
    name: 'ACME Corporation',
    uuid: '5f0b9c1e-0000-4c1f-9d61-0c2f2a1b7e04',
    local: false,
    sector: 'Manufacturing',
  },
];

function orgRow(org: Org) {
  return {
    Organisation: {
      id: org.id,
      name: org.name,
      date_created: '2023-11-14 22:13:20',
      date_modified: '2023-11-14 22:13:20',
      description: org.description ?? null,
      type: org.type ?? null,
      nationality: org.nationality ?? null,
      sector: org.sector ?? null,
      created_by: '1',
      uuid: org.uuid,
      contacts: null,
      local: org.local,
      restricted_to_domain: [],
      landingpage: null,
      user_count: org.id === '1' ? 5 : 0,
      created_by_email: 'admin@admin.test',
    },
  };
}

function searchable(org: Org): string {
  return [org.name, org.description, org.nationality, org.sector, org.type]
    .filter((s) => s !== undefined)
    .join('\u0000')
    .toLowerCase();
}

/** `GET /organisations/index[/scope:all][/searchall:text]`. */
export function indexOrganisations(ctx: RequestContext): HandlerResult {
  if (ctx.params.length > 0) throw notFound('Not Found');
  const scope = ctx.named['scope'] ?? 'local';
  const search = (
    ctx.named['searchall'] ??
    ctx.named['all'] ??
    ''
  ).toLowerCase();
  const orgs = SIMULATED_ORGANISATIONS.filter(
    (o) => scope === 'all' || o.local === (scope !== 'external'),
  )
    .filter((o) => search === '' || searchable(o).includes(search))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { body: orgs.map(orgRow) };
}
