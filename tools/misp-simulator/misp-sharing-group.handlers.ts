import { notFound, type HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import { SIMULATED_ORGANISATIONS } from './misp-organisation.handlers';

/*
 * `GET /sharing_groups/index[/true]` (SharingGroupsController::index as REST): the active sharing groups, or
 * the passive ones with `true`, wrapped in `{"response": [...]}` ("to keep BC" in MISP), each with its
 * owner `Organisation`, `SharingGroupOrg` and `SharingGroupServer` rows and the `editable`/`deletable` flags
 * a site admin sees. `value` (named param) filters by name, description, releasability or uuid. The groups
 * are fixed; the simulator does not check events' `sharing_group_id` against them.
 */

type Group = {
  id: string;
  uuid: string;
  name: string;
  description: string;
  releasability: string;
  active: boolean;
  orgIds: string[];
};

export const SIMULATED_SHARING_GROUPS: readonly Group[] = [
  {
    id: '1',
    uuid: '5f0b9c1e-5600-4c1f-9d61-0c2f2a1b7e01',
    name: 'EU financial sector',
    description: 'Banks and their CSIRTs',
    releasability: 'Members only',
    active: true,
    orgIds: ['1', '2'],
  },
  {
    id: '2',
    uuid: '5f0b9c1e-5600-4c1f-9d61-0c2f2a1b7e02',
    name: 'Benelux CSIRTs',
    description: '',
    releasability: 'TLP:AMBER',
    active: true,
    orgIds: ['1', '3'],
  },
  {
    id: '3',
    uuid: '5f0b9c1e-5600-4c1f-9d61-0c2f2a1b7e03',
    name: 'Retired exchange',
    description: 'No longer used',
    releasability: '',
    active: false,
    orgIds: ['1'],
  },
];

function org(id: string) {
  const found = SIMULATED_ORGANISATIONS.find((o) => o.id === id);
  return { id, name: found?.name ?? 'Unknown', uuid: found?.uuid ?? '' };
}

function groupRow(group: Group) {
  return {
    SharingGroup: {
      id: group.id,
      uuid: group.uuid,
      name: group.name,
      description: group.description,
      releasability: group.releasability,
      local: true,
      active: group.active,
      roaming: false,
      org_count: String(group.orgIds.length),
    },
    Organisation: org('1'),
    SharingGroupOrg: group.orgIds.map((orgId, i) => ({
      id: String(Number(group.id) * 10 + i),
      sharing_group_id: group.id,
      org_id: orgId,
      extend: orgId === '1',
      Organisation: org(orgId),
    })),
    SharingGroupServer: [
      {
        all_orgs: false,
        server_id: '0',
        sharing_group_id: group.id,
        Server: { id: '0', name: 'Local instance' },
      },
    ],
    editable: true,
    deletable: true,
  };
}

function matches(group: Group, term: string): boolean {
  const text = [group.name, group.description, group.releasability, group.uuid]
    .join('\u0000')
    .toLowerCase();
  return text.includes(term);
}

/** `GET /sharing_groups/index` (active groups) and `/sharing_groups/index/true` (passive ones). */
export function indexSharingGroups(ctx: RequestContext): HandlerResult {
  if (ctx.params.length > 1) throw notFound('Not Found');
  const passive = ctx.params[0] === 'true';
  const term = (ctx.named['value'] ?? '').toLowerCase();
  const groups = SIMULATED_SHARING_GROUPS.filter((g) => g.active !== passive)
    .filter((g) => term === '' || matches(g, term))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { body: { response: groups.map(groupRow) } };
}
