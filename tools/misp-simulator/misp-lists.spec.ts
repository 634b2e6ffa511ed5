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
