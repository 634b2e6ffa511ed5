import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';

export type LiveRedisLink = {
  adapter: ReturnType<typeof createAdapter>;
  /**
   * False while Redis is unreachable: a batch is then dropped rather than queued for the whole outage. The
   * first connection counts as usable, so the first runs after boot are not lost.
   */
  usable: () => boolean;
  close: () => void;
};

/**
 * The socket.io Redis adapter on two ioredis connections (publish, subscribe). The adapter fires its Redis
 * commands without handling their promises; a rejection (Redis down, connection closed at shutdown) would
 * be an unhandled rejection that stops the process, so those commands report to `onError` instead.
 */
export function connectLiveRedis(url: string, key: string, onError: (error: Error) => void): LiveRedisLink {
  // disconnectTimeout: a socket that never connected is destroyed soon, so no handle outlives a shutdown.
  const pub = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false, disconnectTimeout: 200 });
  const sub = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, disconnectTimeout: 200 });
  for (const client of [pub, sub]) {
    client.on('error', onError);
    guardCommands(client, ['publish', 'subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'], onError);
  }
  return {
    adapter: createAdapter(pub, sub, { key }),
    usable: () => !['reconnecting', 'close', 'end'].includes(pub.status),
    close: () => {
      // QUIT is queued behind the last publishes, so a final batch still goes out; without a connection there is nothing to wait for.
      if (pub.status === 'ready') pub.quit().catch(() => pub.disconnect());
      else pub.disconnect();
      sub.disconnect();
    },
  };
}

function guardCommands(client: Redis, names: string[], onError: (error: Error) => void): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of names) {
    const original = target[name].bind(client);
    target[name] = (...args: unknown[]) => {
      const result = original(...args);
      return result instanceof Promise ? result.catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error)))) : result;
    };
  }
}
