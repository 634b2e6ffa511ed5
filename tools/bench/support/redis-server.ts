import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { freePort } from '../../test-support/free-port';
import { dropPrefix } from '../../test-support/redis-prefix';

export type BenchRedis = {
  url: string;
  /** A `REDIS_PREFIX` of its own, so nothing else using this Redis is touched. */
  prefix: string;
  /** The server's pid when the bench started it (its CPU is then reported), else undefined. */
  pid?: number;
  /** Deletes the prefix's keys, and stops the server if the bench started it. */
  close: () => Promise<void>;
};

/**
 * `TEST_REDIS_URL` when set (the test Redis `npm test` starts), else a private `redis-server` from PATH
 * on a free loopback port, without persistence, stopped by pid afterwards. Undefined when neither is
 * available.
 */
export async function benchRedis(): Promise<BenchRedis | undefined> {
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const given = process.env['TEST_REDIS_URL'];
  if (given) return { url: given, prefix, close: () => dropPrefix(given, prefix) };

  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const failed = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(true));
    child.once('spawn', () => resolve(false));
  });
  if (failed) return undefined;
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; ; i++) {
    if (await ping(url)) break;
    if (i > 50) {
      await stop();
      return undefined;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, prefix, pid: child.pid, close: stop };
}

async function ping(url: string): Promise<boolean> {
  const redis = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
