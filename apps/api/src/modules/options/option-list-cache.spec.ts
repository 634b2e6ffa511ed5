import { OptionListCache } from './option-list-cache';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('OptionListCache', () => {
  it('loads once per TTL and shares a load in flight', async () => {
    const time = clock();
    const cache = new OptionListCache<string[]>({ ttlMs: 60_000, failureTtlMs: 5_000, maxEntries: 10, now: time.now });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return [`v${loads}`];
    };
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect(a).toEqual({ value: ['v1'], loadedAt: 1_000 });
    expect(b).toEqual(a);
    time.advance(59_999);
    expect((await cache.get('k', load)).value).toEqual(['v1']);
    time.advance(1);
    expect((await cache.get('k', load)).value).toEqual(['v2']);
    expect(loads).toBe(2);
  });

  it('remembers a failure for the failure TTL and keeps the last good value next to it', async () => {
    const time = clock();
    const cache = new OptionListCache<string[]>({ ttlMs: 60_000, failureTtlMs: 5_000, maxEntries: 10, now: time.now });
    let fail = false;
    let loads = 0;
    const load = async () => {
      loads += 1;
      if (fail) throw new Error('MISP is down');
      return ['ok'];
    };
    expect(await cache.get('k', load)).toEqual({ value: ['ok'], loadedAt: 1_000 });
    fail = true;
    time.advance(60_000);
    expect(await cache.get('k', load)).toEqual({ value: ['ok'], loadedAt: 1_000, error: 'MISP is down' });
    time.advance(4_999);
    expect(await cache.get('k', load)).toMatchObject({ error: 'MISP is down' });
    expect(loads).toBe(2);
    fail = false;
    time.advance(1);
    expect(await cache.get('k', load)).toEqual({ value: ['ok'], loadedAt: 66_000 });
    expect(await cache.get('never-loaded', () => Promise.reject(new Error('no')))).toEqual({ error: 'no' });
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const cache = new OptionListCache<number>({ ttlMs: 60_000, failureTtlMs: 5_000, maxEntries: 2 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    expect(cache.size).toBe(2);
    expect((await cache.get('a', load)).value).toBe(4);
  });
});
