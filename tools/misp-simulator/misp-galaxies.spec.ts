import type { MispSimulator } from './misp-simulator.types';
import {
  call,
  startSimulator,
  type ErrorBody,
} from './misp-simulator.test-helper';

type GalaxyRow = { Galaxy: Record<string, unknown> };
type Element = {
  id: string;
  galaxy_cluster_id: string;
  key: string;
  value: string;
};
type GalaxyView = {
  Galaxy: Record<string, unknown>;
  GalaxyCluster: (Record<string, unknown> & { GalaxyElement: Element[] })[];
};

const COUNTRY_UUID = '84668357-5a8c-4bdd-9f0f-6b50b2aee4c1';

describe('MISP simulator galaxies', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('GET /galaxies/index lists every galaxy as flat {Galaxy} rows without clusters', async () => {
    const res = await call<GalaxyRow[]>(sim, 'GET', '/galaxies/index');
    expect(res.status).toBe(200);
    expect(res.body.map((row) => row.Galaxy['name'])).toEqual([
      'Threat Actor',
      'Country',
    ]);
    expect(res.body[1]).toEqual({
      Galaxy: {
        id: '2',
        uuid: COUNTRY_UUID,
        name: 'Country',
        type: 'country',
        description:
          'Country meta information based on the database provided by geonames.org.',
        version: '1',
        icon: 'globe',
        namespace: 'misp',
        enabled: true,
        local_only: false,
        kill_chain_order: null,
      },
    });
  });

  it('POST /galaxies/index filters on `value` like MISP (case-insensitive substring of name, namespace, description, uuid)', async () => {
    const byName = await call<GalaxyRow[]>(sim, 'POST', '/galaxies/index', {
      value: 'country',
    });
    expect(byName.body.map((row) => row.Galaxy['id'])).toEqual(['2']);
    const byDescription = await call<GalaxyRow[]>(
      sim,
      'POST',
      '/galaxies/index',
      { value: 'MALICIOUS ACTORS' },
    );
    expect(byDescription.body.map((row) => row.Galaxy['id'])).toEqual(['1']);
    const named = await call<GalaxyRow[]>(
      sim,
      'GET',
      '/galaxies/index/value:geonames',
    );
    expect(named.body.map((row) => row.Galaxy['id'])).toEqual(['2']);
    const none = await call<GalaxyRow[]>(sim, 'POST', '/galaxies/index', {
      value: 'no such galaxy',
    });
    expect(none.body).toEqual([]);
  });

  it('filters on `enabled`', async () => {
    sim.state.galaxies[0].enabled = false;
    try {
      const enabled = await call<GalaxyRow[]>(sim, 'POST', '/galaxies/index', {
        enabled: 1,
      });
      expect(enabled.body.map((row) => row.Galaxy['id'])).toEqual(['2']);
      const disabled = await call<GalaxyRow[]>(sim, 'POST', '/galaxies/index', {
        enabled: false,
      });
      expect(disabled.body.map((row) => row.Galaxy['id'])).toEqual(['1']);
    } finally {
      sim.state.galaxies[0].enabled = true;
    }
  });

  it('GET /galaxies/view/{id} puts the clusters next to the galaxy, with their meta as GalaxyElement rows', async () => {
    const res = await call<GalaxyView>(sim, 'GET', '/galaxies/view/2');
    expect(res.status).toBe(200);
    expect(res.body.Galaxy).toMatchObject({ id: '2', name: 'Country' });
    expect(res.body.GalaxyCluster.map((c) => c['value'])).toEqual([
      'belgium',
      'france',
      'germany',
      'luxembourg',
    ]);
    const belgium = res.body.GalaxyCluster[0];
    expect(belgium).toMatchObject({
      id: '2',
      uuid: '84668357-5a8c-4bdd-9f0f-6b50b242454c',
      type: 'country',
      value: 'belgium',
      tag_name: 'misp-galaxy:country="belgium"',
      description: 'Belgium',
      galaxy_id: '2',
      authors: ['geonames.org'],
      default: true,
    });
    expect(belgium).not.toHaveProperty('meta');
    expect(belgium.GalaxyElement).toContainEqual({
      id: expect.stringMatching(/^\d+$/),
      galaxy_cluster_id: '2',
      key: 'ISO',
      value: 'BE',
    });
    const ids = res.body.GalaxyCluster.flatMap((c) =>
      c.GalaxyElement.map((e) => e.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves a galaxy by uuid and answers 404 `Invalid Galaxy.` for unknown ids', async () => {
    const byUuid = await call<GalaxyView>(
      sim,
      'GET',
      `/galaxies/view/${COUNTRY_UUID}.json`,
    );
    expect(byUuid.body.Galaxy['id']).toBe('2');
    const missing = await call<ErrorBody>(sim, 'GET', '/galaxies/view/99');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      name: 'Invalid Galaxy.',
      message: 'Invalid Galaxy.',
      url: '/galaxies/view/99',
    });
  });

  it('shows an attached country cluster in the event view as MISP derives it from the tag', async () => {
    await call(sim, 'POST', '/tags/attachTagToObject', {
      uuid: '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e01',
      tag: 'misp-galaxy:country="france"',
      local: false,
    });
    const view = await call<{
      Event: {
        Galaxy: {
          name: string;
          GalaxyCluster: { value: string; meta: Record<string, string[]> }[];
        }[];
      };
    }>(sim, 'GET', '/events/view/1');
    expect(view.body.Event.Galaxy).toHaveLength(1);
    expect(view.body.Event.Galaxy[0]).toMatchObject({
      name: 'Country',
      GalaxyCluster: [{ value: 'france', meta: { ISO: ['FR'] } }],
    });
  });
});
