import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Contract §8: after `npx nx build engine`, plain `node` can require the engine and use `Hash`. */
const root = join(__dirname, '..', '..');

describe('engine build', () => {
  it('is loadable by plain node (CommonJS) with Hash, checkGraph, convertToCoreFormat and runWorkflow', () => {
    const build = spawnSync('npx', ['nx', 'build', 'engine', '--outputStyle=static'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      timeout: 240_000,
    });
    expect(build.status).toBe(0);
    const script = [
      "const e = require('./dist/libs/engine');",
      "const out = e.Hash.extract({ Event: { Attribute: [{ value: 'a', to_ids: true }, { value: 'b', to_ids: false }] } }, 'Event.Attribute.{n}[to_ids=1].value');",
      'console.log(JSON.stringify({ out, fns: [typeof e.checkGraph, typeof e.convertToCoreFormat, typeof e.runWorkflow] }));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ out: ['a'], fns: ['function', 'function', 'function'] });
  }, 300_000);
});
