import { randomUUID } from 'node:crypto';

export type EnterResult = { entered: boolean; depth: number; member: string };

/**
 * Live leases per key: runs of one trigger for one subject that are in flight, or finished less than a
 * grace period ago. Every lease expires on its own, so a process that dies cannot leave a key stuck.
 */
export interface ReentryStore {
  /** Adds a lease unless `limit` leases are live already (`null`: always adds). `depth` counts the live ones before. */
  enter(key: string, limit: number | null, ttlMs: number): Promise<EnterResult>;
  /** Ends the lease, at once (`graceMs` 0) or after `graceMs`. */
  release(key: string, member: string, graceMs: number): Promise<void>;
  depth(key: string): Promise<number>;
  close(): Promise<void>;
}

const SWEEP_ABOVE_KEYS = 1000;

/** One process (the embedded mode): a map of key → lease → expiry time. */
export class MemoryReentryStore implements ReentryStore {
  private readonly leases = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  async enter(key: string, limit: number | null, ttlMs: number): Promise<EnterResult> {
    if (this.leases.size > SWEEP_ABOVE_KEYS) this.sweep();
    const live = this.live(key);
    const member = randomUUID();
    const depth = live?.size ?? 0;
    if (limit !== null && depth >= limit) return { entered: false, depth, member };
    const map = live ?? new Map<string, number>();
    map.set(member, this.now() + ttlMs);
    this.leases.set(key, map);
    return { entered: true, depth, member };
  }

  async release(key: string, member: string, graceMs: number): Promise<void> {
    const map = this.leases.get(key);
    if (!map?.has(member)) return;
    if (graceMs > 0) map.set(member, this.now() + graceMs);
    else map.delete(member);
    if (map.size === 0) this.leases.delete(key);
  }

  async depth(key: string): Promise<number> {
    return this.live(key)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.leases.clear();
  }

  private live(key: string): Map<string, number> | undefined {
    const map = this.leases.get(key);
    if (!map) return undefined;
    const now = this.now();
    for (const [member, expiry] of map) if (expiry <= now) map.delete(member);
    if (map.size === 0) {
      this.leases.delete(key);
      return undefined;
    }
    return map;
  }

  private sweep(): void {
    for (const key of [...this.leases.keys()]) this.live(key);
  }
}
