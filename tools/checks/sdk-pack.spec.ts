import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Contract §9: `npm pack` of the built SDK works and its dependencies hold nothing of the server. */
const root = join(__dirname, '..', '..');
const SERVER = [/^@nestjs\//, /^typeorm$/, /^fastify$/, /^socket\.io/, /^bullmq$/, /^ioredis$/, /^pg$/, /^better-sqlite3$/, /^react/, /^next$/];

describe('SDK package', () => {
  const out = mkdtempSync(join(tmpdir(), 'sdk-pack-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds and packs with only client-side dependencies', () => {
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
    const build = spawnSync('npx', ['nx', 'build', 'sdk', '--outputStyle=static'], { cwd: root, encoding: 'utf8', env, timeout: 240_000 });
    expect(build.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, 'dist/libs/sdk/package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    const deps = Object.keys(pkg.dependencies ?? {});
    expect(deps.filter((d) => SERVER.some((re) => re.test(d)))).toEqual([]);
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: join(root, 'dist/libs/sdk'), encoding: 'utf8', env });
    expect(pack.status).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info.filename).toMatch(/^misp-wf-sdk-\d+\.\d+\.\d+\.tgz$/);
    const files = info.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'src/index.js', 'src/index.d.ts']));
    expect(files.some((f) => f.endsWith('.spec.js'))).toBe(false);
  }, 300_000);
});
