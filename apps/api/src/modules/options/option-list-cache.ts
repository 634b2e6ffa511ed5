export type CacheOptions = {
  /** How long a loaded list is served before the next read loads it again. */
  ttlMs: number;
  /** How long a failure is remembered: typing against a dead MISP must not send one call per keystroke. */
  failureTtlMs: number;
  /** Different MISP URLs or keys make different keys; the oldest entries go beyond this count. */
  maxEntries: number;
  now?: () => number;
};

/** What a read gets: the value (possibly an older one when the last load failed) and the failure, if any. */
export type CacheRead<V> = { value?: V; loadedAt?: number; error?: string };

type Entry<V> = { expiresAt: number; value?: V; loadedAt?: number; error?: string; pending?: Promise<CacheRead<V>> };

/**
 * Values loaded at most once per TTL per key. Concurrent reads of a key share one load; a failed load
 * keeps the last good value next to the error, so the caller can still offer it.
 */
export class OptionListCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly opts: CacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  async get(key: string, load: () => Promise<V>): Promise<CacheRead<V>> {
    const entry = this.entries.get(key);
    if (entry?.pending) return entry.pending;
    if (entry && entry.expiresAt > this.now()) return read(entry);
    const next: Entry<V> = { expiresAt: 0, value: entry?.value, loadedAt: entry?.loadedAt };
    next.pending = this.load(next, load);
    this.store(key, next);
    return next.pending;
  }

  /** Number of keys held (for tests of the size bound). */
  get size(): number {
    return this.entries.size;
  }

  private async load(entry: Entry<V>, load: () => Promise<V>): Promise<CacheRead<V>> {
    try {
      entry.value = await load();
      entry.loadedAt = this.now();
      entry.error = undefined;
      entry.expiresAt = this.now() + this.opts.ttlMs;
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      entry.expiresAt = this.now() + this.opts.failureTtlMs;
    } finally {
      entry.pending = undefined;
    }
    return read(entry);
  }

  private store(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

function read<V>(entry: Entry<V>): CacheRead<V> {
  const out: CacheRead<V> = {};
  if (entry.value !== undefined) {
    out.value = entry.value;
    out.loadedAt = entry.loadedAt;
  }
  if (entry.error !== undefined) out.error = entry.error;
  return out;
}
