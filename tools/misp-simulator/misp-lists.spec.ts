import type {
  MispEventBlocklistEntry,
  MispSimulator,
} from './misp-simulator.types';
import { call, EVENT_UUID, startSimulator } from './misp-simulator.test-helper';

type BlocklistReply = {
  result: { successes: string[]; fails: string[] };
  message: string;
};
type Hits = Record<string, { id: string; name: string; matched: string }[]>;

describe('MISP simulator event blocklist', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('POST /eventBlocklists/add stores entries and reports successes and failures', async () => {
    const res = await call<BlocklistReply>(
      sim,
      'POST',
      '/eventBlocklists/add',
      {
        uuids: [EVENT_UUID, 'too-short'],
        comment: 'Blocked from workflow',
        event_info: 'Simulated phishing campaign',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      result: { successes: [EVENT_UUID], fails: ['too-short'] },
      message:
        'Done. Added 1 new entries to the blocklist. 1 entries could not be saved.',
    });
    expect(sim.state.eventBlocklist[0]).toMatchObject({
      id: '1',
      event_uuid: EVENT_UUID,
      comment: 'Blocked from workflow',
    });
  });

  it('counts an already blocklisted uuid as a failure and lists entries', async () => {
    const res = await call<BlocklistReply>(
      sim,
      'POST',
      '/eventBlocklists/add',
      { EventBlocklist: { uuids: EVENT_UUID } },
    );
    expect(res.body.result).toEqual({ successes: [], fails: [EVENT_UUID] });
    const index = await call<MispEventBlocklistEntry[]>(
      sim,
      'GET',
      '/eventBlocklists/index',
    );
    expect(index.body).toHaveLength(1);
    expect(index.body[0].created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });
});

describe('MISP simulator warninglist check', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('returns hits keyed by value for enabled lists only', async () => {
    const res = await call<Hits>(sim, 'POST', '/warninglists/checkValue', [
      '8.8.8.8',
      'www.google.com',
      '10.1.2.3',
      '203.0.113.10',
    ]);
    expect(res.body).toEqual({
      '8.8.8.8': [
        {
          id: '1',
          name: 'List of known IPv4 public DNS resolvers',
          matched: '8.8.8.8/32',
        },
      ],
      'www.google.com': [
        { id: '2', name: 'Top 1000 website from Alexa', matched: 'google.com' },
      ],
    });
  });

  it('answers an empty JSON array (PHP empty array) when nothing matches', async () => {
    const res = await call<unknown>(sim, 'POST', '/warninglists/checkValue', {
      value: '203.0.113.10',
    });
    expect(res.body).toEqual([]);
  });

  it('sees warninglists changed in state', async () => {
    sim.state.warninglists[2].enabled = true;
    const res = await call<Hits>(sim, 'POST', '/warninglists/checkValue', [
      '192.168.4.4',
    ]);
    expect(Object.keys(res.body)).toEqual(['192.168.4.4']);
  });
});

type WarninglistView = {
  Warninglist: Record<string, unknown> & {
    WarninglistEntry: {
      id: string;
      value: string;
      warninglist_id: string;
      comment: string | null;
    }[];
    WarninglistType: { id: string; type: string; warninglist_id: string }[];
  };
};

describe('MISP simulator warninglist view', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('GET /warninglists/view/{id} nests entries and matching types inside Warninglist', async () => {
    const res = await call<WarninglistView>(sim, 'GET', '/warninglists/view/1');
    expect(res.status).toBe(200);
    const { WarninglistEntry, WarninglistType, ...list } = res.body.Warninglist;
    expect(list).toEqual({
      id: '1',
      name: 'List of known IPv4 public DNS resolvers',
      type: 'cidr',
      description:
        'Event contains one or more public IPv4 DNS resolvers as attribute with an IDS flag set',
      version: '20240312',
      enabled: true,
      default: true,
      category: 'false_positive',
    });
    expect(WarninglistEntry).toEqual([
      {
        id: '1',
        value: '8.8.8.8/32',
        warninglist_id: '1',
        comment: 'Google Public DNS',
      },
      { id: '2', value: '8.8.4.4/32', warninglist_id: '1', comment: null },
      { id: '3', value: '1.1.1.0/24', warninglist_id: '1', comment: null },
    ]);
    expect(WarninglistType.map((t) => t.type)).toEqual([
      'ip-src',
      'ip-dst',
      'domain|ip',
    ]);
    expect(WarninglistType[0]).toEqual({
      id: '1',
      type: 'ip-src',
      warninglist_id: '1',
    });
  });

  it('numbers entries across lists and gives a list without types the type ALL', async () => {
    sim.state.warninglists.push({
      id: '7',
      name: 'Custom known hosts',
      type: 'string',
      enabled: true,
      entries: ['intranet.example'],
    });
    const second = await call<WarninglistView>(
      sim,
      'GET',
      '/warninglists/view/2.json',
    );
    expect(second.body.Warninglist).toMatchObject({ category: 'known' });
    expect(second.body.Warninglist.WarninglistEntry[0].id).toBe('4');
    const custom = await call<WarninglistView>(
      sim,
      'GET',
      '/warninglists/view/7',
    );
    expect(custom.body.Warninglist).toMatchObject({
      description: '',
      category: 'false_positive',
      version: '1',
    });
    expect(custom.body.Warninglist.WarninglistEntry).toEqual([
      {
        id: '8',
        value: 'intranet.example',
        warninglist_id: '7',
        comment: null,
      },
    ]);
    expect(custom.body.Warninglist.WarninglistType).toEqual([
      { id: '11', type: 'ALL', warninglist_id: '7' },
    ]);
  });

  it('answers 404 `Invalid ID.` for a non-numeric id and `Warninglist not found.` for an unknown one', async () => {
    const invalid = await call<{ message: string }>(
      sim,
      'GET',
      '/warninglists/view/abc',
    );
    expect(invalid.status).toBe(404);
    expect(invalid.body.message).toBe('Invalid ID.');
    const missing = await call<{ message: string; url: string }>(
      sim,
      'GET',
      '/warninglists/view/42',
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      message: 'Warninglist not found.',
      url: '/warninglists/view/42',
    });
  });
});
