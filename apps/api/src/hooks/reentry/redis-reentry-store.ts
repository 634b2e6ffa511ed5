import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { EnterResult, ReentryStore } from './reentry-store';

/*
 * A sorted set per key: member = lease id, score = expiry in ms of Redis's own clock (TIME), so processes
 * on different hosts agree. Each script drops the expired leases first.
 */
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS[1]; ARGV: limit (-1 = none), ttl ms, member
const ENTER = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local n = redis.call('ZCARD', KEYS[1])
local limit = tonumber(ARGV[1])
if limit >= 0 and n >= limit then return {0, n} end
local expiry = now + tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], expiry, ARGV[3])
local keep = redis.call('PTTL', KEYS[1])
if keep < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, n}`;

// KEYS[1]; ARGV: member, grace ms
const RELEASE = `${NOW}
local grace = tonumber(ARGV[2])
if grace <= 0 then redis.call('ZREM', KEYS[1], ARGV[1]) return 0 end
redis.call('ZADD', KEYS[1], 'XX', now + grace, ARGV[1])
if redis.call('PTTL', KEYS[1]) < grace then redis.call('PEXPIRE', KEYS[1], grace) end
return 1`;

const DEPTH = `${NOW}
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;

/** Shared by every process on one Redis: a lease taken by a worker is seen by the API process MISP calls. */
export class RedisReentryStore implements ReentryStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async enter(key: string, limit: number | null, ttlMs: number): Promise<EnterResult> {
    const member = randomUUID();
    const [entered, depth] = (await this.redis.eval(ENTER, 1, this.keyOf(key), limit ?? -1, Math.max(1, Math.round(ttlMs)), member)) as [number, number];
    return { entered: entered === 1, depth, member };
  }

  async release(key: string, member: string, graceMs: number): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keyOf(key), member, Math.round(graceMs));
  }

  async depth(key: string): Promise<number> {
    return Number(await this.redis.eval(DEPTH, 1, this.keyOf(key)));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private keyOf(key: string): string {
    return `${this.prefix}:reentry:${key}`;
  }
}
