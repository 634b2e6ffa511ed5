import type { MispSimulator } from './misp-simulator.types';
import {
  call,
  startSimulator,
  type ErrorBody,
} from './misp-simulator.test-helper';

type OrgRow = {
  Organisation: { id: string; name: string; uuid: string; local: boolean };
};
type SharingGroupRow = {
  SharingGroup: { id: string; name: string; active: boolean };
  Organisation: { id: string; name: string };
  SharingGroupOrg: { org_id: string; Organisation: { name: string } }[];
  editable: boolean;
};
type WarninglistRow = {
  Warninglist: {
    id: string;
    name: string;
    enabled: boolean;
    warninglist_entry_count: string;
    valid_attributes: string;
  };
};

describe('MISP simulator index lists (organisations, sharing groups, warninglists)', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('GET /organisations/index lists local organisations by default, every one with scope:all', async () => {
    const local = await call<OrgRow[]>(sim, 'GET', '/organisations/index');
    expect(local.status).toBe(200);
    expect(local.body.map((r) => r.Organisation.name)).toEqual([
      'CERT-EU',
      'ORGNAME',
    ]);
    const all = await call<OrgRow[]>(
      sim,
      'GET',
      '/organisations/index/scope:all',
    );
    expect(
      all.body.map((r) => [r.Organisation.id, r.Organisation.name]),
    ).toEqual([
      ['4', 'ACME Corporation'],
      ['2', 'CERT-EU'],
      ['3', 'CIRCL'],
      ['1', 'ORGNAME'],
    ]);
    expect(all.body[3].Organisation).toMatchObject({
      uuid: '5f0b9c1e-0000-4c1f-9d61-0c2f2a1b7e00',
      local: true,
    });
    const external = await call<OrgRow[]>(
      sim,
      'GET',
      '/organisations/index/scope:external/searchall:luxem',
    );
    expect(external.body.map((r) => r.Organisation.name)).toEqual(['CIRCL']);
  });

  it('GET /sharing_groups/index wraps the active groups in "response"; /index/true gives the passive ones', async () => {
    const active = await call<{ response: SharingGroupRow[] }>(
      sim,
      'GET',
      '/sharing_groups/index',
    );
    expect(active.status).toBe(200);
    expect(
      active.body.response.map((r) => [r.SharingGroup.id, r.SharingGroup.name]),
    ).toEqual([
      ['2', 'Benelux CSIRTs'],
      ['1', 'EU financial sector'],
    ]);
    expect(active.body.response[0]).toMatchObject({
      SharingGroup: { active: true },
      Organisation: { id: '1', name: 'ORGNAME' },
      editable: true,
    });
    expect(
      active.body.response[0].SharingGroupOrg.map((o) => o.Organisation.name),
    ).toEqual(['ORGNAME', 'CIRCL']);
    const passive = await call<{ response: SharingGroupRow[] }>(
      sim,
      'GET',
      '/sharingGroups/index/true',
    );
    expect(passive.body.response.map((r) => r.SharingGroup.name)).toEqual([
      'Retired exchange',
    ]);
    const filtered = await call<{ response: SharingGroupRow[] }>(
      sim,
      'GET',
      '/sharing_groups/index/value:BANKS',
    );
    expect(filtered.body.response.map((r) => r.SharingGroup.id)).toEqual(['1']);
  });

  it('GET /warninglists/index lists every warninglist newest first, filtered by enabled or value', async () => {
    const all = await call<{ Warninglists: WarninglistRow[] }>(
      sim,
      'GET',
      '/warninglists/index',
    );
    expect(all.status).toBe(200);
    expect(all.body.Warninglists.map((r) => r.Warninglist.id)).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect(all.body.Warninglists[2].Warninglist).toMatchObject({
      name: 'List of known IPv4 public DNS resolvers',
      enabled: true,
    });
    expect(
      Number(all.body.Warninglists[2].Warninglist.warninglist_entry_count),
    ).toBeGreaterThan(0);
    const enabled = await call<{ Warninglists: WarninglistRow[] }>(
      sim,
      'GET',
      '/warninglists/index/enabled:1',
    );
    expect(enabled.body.Warninglists.map((r) => r.Warninglist.id)).toEqual([
      '2',
      '1',
    ]);
    const byBody = await call<{ Warninglists: WarninglistRow[] }>(
      sim,
      'POST',
      '/warninglists/index',
      { value: 'rfc 1918' },
    );
    expect(byBody.body.Warninglists.map((r) => r.Warninglist.id)).toEqual([
      '3',
    ]);
  });

  it('GET /tags/index lists the catalogue, galaxy tags flagged', async () => {
    sim.state.tags.push({
      id: '900',
      name: 'misp-galaxy:threat-actor="Sofacy"',
      colour: '#0088cc',
      exportable: true,
      user_id: '0',
      hide_tag: false,
      numerical_value: null,
      is_galaxy: true,
      is_custom_galaxy: false,
      local_only: false,
    });
    const res = await call<{ Tag: { name: string; is_galaxy: boolean }[] }>(
      sim,
      'GET',
      '/tags/index/exclude_statistics:1',
    );
    expect(res.status).toBe(200);
    expect(res.body.Tag.map((t) => [t.name, t.is_galaxy])).toEqual([
      ['tlp:amber', false],
      ['misp-galaxy:threat-actor="Sofacy"', true],
    ]);
  });

  it('needs the API key and refuses unknown sub-paths and wrong methods', async () => {
    const denied = await call<ErrorBody>(
      sim,
      'GET',
      '/organisations/index',
      undefined,
      { Authorization: 'wrong' },
    );
    expect(denied.status).toBe(403);
    expect((await call(sim, 'GET', '/organisations/index/extra')).status).toBe(
      404,
    );
    expect((await call(sim, 'POST', '/sharing_groups/index', {})).status).toBe(
      405,
    );
  });
});
