import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { freePort } from '../../test-support/free-port';

export const ROOT = join(__dirname, '..', '..', '..');
/** The built API bundle (its source map sits next to it). */
export const API_BUNDLE = join(ROOT, 'dist', 'apps', 'api', 'main.js');

/** The admin key the benches seed (`ADMIN_API_KEY`); the data directory is thrown away afterwards. */
export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789-abcdefghijklmnop';

export type BenchApi = {
  url: string;
  pid: number;
  child: ChildProcess;
  dataDir: string;
  /** An authenticated JSON call; throws with the answer on a non-2xx status. */
  call: <T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) => Promise<T>;
  /** SIGTERM (SIGKILL after 15 s), then removes the data directory. */
  stop: () => Promise<void>;
};

export type StartOptions = {
  env?: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof` (the profile lands in `cwd`). */
  nodeArgs?: string[];
  cwd?: string;
  /** Another build of the API to run instead of `dist/apps/api/main.js` (to compare a change). */
  main?: string;
};

/**
 * The built API as production runs it (`node dist/apps/api/main.js`), on a free loopback port with a fresh
 * SQLite `DATA_DIR` in the temp directory, resolved once `/api/v1/health` answers 200.
 */
export async function startBuiltApi(options: StartOptions = {}): Promise<BenchApi> {
  const main = options.main ?? API_BUNDLE;
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npx nx build api)`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-bench-'));
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the API process, written there when it stops.
  const profile = process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [];
  const child = spawn(process.execPath, [...profile, ...(options.nodeArgs ?? []), main], {
    cwd: options.cwd ?? ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_API_KEY: BENCH_ADMIN_KEY,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      REDIS_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const stop = async () => {
    if (!gone()) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (gone()) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`The API exited before it was ready:\n${output}`);
    }
    const status = await request(`${url}/api/v1/health`).then(
      async (r) => (await r.body.dump(), r.statusCode),
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API was not ready after 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const call = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<T> => {
    const res = await request(`${url}${path}`, {
      method,
      headers: { authorization: BENCH_ADMIN_KEY, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${path} answered ${res.statusCode}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  return { url, pid: child.pid as number, child, dataDir, call, stop };
}
