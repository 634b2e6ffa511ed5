import Redis from 'ioredis';
import { dropPrefix, redisTestUrl, uniquePrefix } from './support/redis-target';
import { RedisReentryStore } from '../src/hooks/reentry/redis-reentry-store';

const url = redisTestUrl();
const withRedis = url ? describe : describe.skip;

withRedis('RedisReentryStore', () => {
  const prefix = uniquePrefix();
  // Two stores on one Redis stand for two processes (an API node and a worker).
  const api = new RedisReentryStore(new Redis(url as string), prefix);
  const worker = new RedisReentryStore(new Redis(url as string), prefix);
  afterAll(async () => {
    await api.close();
    await worker.close();
    await dropPrefix(url as string, prefix);
  });

  it('shares leases between processes and refuses past the limit atomically', async () => {
    const held = await worker.enter('attribute-after-save:a-1', null, 10_000);
    expect(held.entered).toBe(true);
    expect(await api.depth('attribute-after-save:a-1')).toBe(1);
    expect(await api.enter('attribute-after-save:a-1', 1, 10_000)).toMatchObject({ entered: false, depth: 1 });
    // Ten racing calls with a limit of 2 on a fresh key: exactly two get in.
    const raced = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? api : worker).enter('event-publish:e', 2, 10_000)));
    expect(raced.filter((r) => r.entered)).toHaveLength(2);
    await worker.release('attribute-after-save:a-1', held.member, 0);
    expect(await api.depth('attribute-after-save:a-1')).toBe(0);
  });

  it('keeps a released lease for its grace period and lets leases expire', async () => {
    const lease = await worker.enter('k:grace', null, 10_000);
    await worker.release('k:grace', lease.member, 300);
    expect(await api.depth('k:grace')).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(await api.depth('k:grace')).toBe(0);
    await api.enter('k:ttl', null, 200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await api.depth('k:ttl')).toBe(0);
    expect(await api.enter('k:ttl', 1, 200)).toMatchObject({ entered: true, depth: 0 });
  });
});
