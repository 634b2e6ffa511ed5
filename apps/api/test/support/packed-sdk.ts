import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

const ENV = { ...process.env, CI: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/** Runs a command and returns its stdout; throws with both outputs when it fails, so a broken step names itself. */
export function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const res = spawnSync(command, args, { encoding: 'utf8', env: ENV, timeout: 240_000, ...options });
  const stdout = String(res.stdout ?? '');
  if (res.status !== 0) {
    const output = `${stdout}${String(res.stderr ?? '')}`;
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${res.status ?? res.signal}) in ${options.cwd}:\n${output.slice(-4000)}`);
  }
  return stdout;
}

/**
 * Builds the SDK as `tools/checks/sdk-pack.spec.ts` does (`nx build sdk`) and packs a private copy of the
 * build into `dir`, so another test rebuilding `dist/` meanwhile cannot change the tarball. Returns its path.
 */
export function packSdk(dir: string): string {
  run('npx', ['nx', 'build', 'sdk', '--outputStyle=static'], { cwd: REPO_ROOT });
  const copy = join(dir, 'sdk-build');
  cpSync(join(REPO_ROOT, 'dist', 'libs', 'sdk'), copy, { recursive: true });
  const out = run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: copy });
  const [info] = JSON.parse(out) as { filename: string }[];
  const tarball = join(dir, info.filename);
  if (!existsSync(tarball)) throw new Error(`npm pack reported ${info.filename} but wrote nothing`);
  return tarball;
}
