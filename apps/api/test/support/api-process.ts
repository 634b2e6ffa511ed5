import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- shared test tooling
import { freePort } from '../../../../tools/test-support/free-port';
import { TEST_ADMIN_KEY } from './test-app';

export { freePort };

export type ApiProcess = {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote (for a failing test's message). */
  output: () => string;
  /** SIGKILL, then waits for the exit. */
  kill: () => Promise<void>;
  /** SIGTERM (graceful shutdown), SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
};

const root = join(__dirname, '..', '..', '..', '..');

let projectFile: string | undefined;

/**
 * The compiler options the API is built with (`apps/api/tsconfig.json`: `esModuleInterop`, which default
 * imports of CommonJS packages need) over the workspace paths, for `@swc-node/register`. One file per
 * checkout, rewritten atomically, so parallel test files share it and nothing piles up.
 */
function childProject(): string {
  if (!projectFile) {
    const config = { extends: join(root, 'tsconfig.base.json'), compilerOptions: { esModuleInterop: true, baseUrl: root }, include: [join(root, 'apps/api/src/main.ts')] };
    projectFile = join(tmpdir(), `mwp-api-tsconfig-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`);
    const temp = `${projectFile}.${process.pid}`;
    writeFileSync(temp, JSON.stringify(config));
    renameSync(temp, projectFile);
  }
  return projectFile;
}

/**
 * A real API process started from `main.ts` (as `node dist/apps/api/main.js` would run it), on a free
 * loopback port, resolved once `/api/v1/health` answers 200.
 */
export async function startApiProcess(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: childProject(), PORT: String(port), HOST: '127.0.0.1', ADMIN_API_KEY: TEST_ADMIN_KEY, LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const kill = async (): Promise<void> => {
    if (!gone()) child.kill('SIGKILL');
    await exited;
  };
  const stop = async (graceMs = 15_000): Promise<void> => {
    if (gone()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (gone()) throw new Error(`API process exited before it was ready:\n${output}`);
    const status = await fetch(`${url}/api/v1/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      await kill();
      throw new Error(`API process not ready after ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, output: () => output, kill, stop };
}
