import { MemoryReentryStore } from './reentry-store';

describe('MemoryReentryStore', () => {
  let now = 1_000_000;
  const store = new MemoryReentryStore(() => now);

  it('counts live leases per key and refuses past the limit', async () => {
    const first = await store.enter('k', 1, 10_000);
    expect(first).toMatchObject({ entered: true, depth: 0 });
    expect(await store.enter('k', 1, 10_000)).toMatchObject({ entered: false, depth: 1 });
    expect(await store.enter('other', 1, 10_000)).toMatchObject({ entered: true, depth: 0 });
    // No limit: a worker always holds its key.
    expect(await store.enter('k', null, 10_000)).toMatchObject({ entered: true, depth: 1 });
    expect(await store.depth('k')).toBe(2);
    await store.release('k', first.member, 0);
    expect(await store.depth('k')).toBe(1);
  });

  it('lets a released lease linger for its grace period, then expire', async () => {
    const lease = await store.enter('g', 1, 10_000);
    await store.release('g', lease.member, 2000);
    now += 1999;
    expect(await store.depth('g')).toBe(1);
    now += 2;
    expect(await store.depth('g')).toBe(0);
    expect(await store.enter('g', 1, 10_000)).toMatchObject({ entered: true });
  });

  it('expires a lease that is never released (its process died)', async () => {
    await store.enter('dead', 1, 5000);
    now += 5001;
    expect(await store.depth('dead')).toBe(0);
  });
});
