import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SDK_VERSION } from '@misp-wf/sdk';
import { loadCustomModules, type CustomLoad } from './custom-modules.loader';

/** A module file as a plugin author writes it, requiring the SDK (which the platform provides). */
const moduleSource = (id: string, extra = '') => `
const { defineModule, ok, when, param } = require('@misp-wf/sdk');
module.exports = defineModule({
  id: '${id}', version: '1.0.0', type: 'action', name: 'Module ${id}', description: 'test module',
  params: { note: param.input({ label: 'Note' }) },
  run: () => ok(), ${extra}
});`;

const summary = (loads: CustomLoad[]) => loads.map((l) => (l.ok ? { ok: l.definition.id, origin: l.origin } : { error: l.error, origin: l.origin }));

describe('loadCustomModules', () => {
  let root: string;
  let dir: string;
  const load = (packages: string[] = []) => loadCustomModules({ dir, packages, searchPaths: [root] });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'custom-modules-'));
    dir = join(root, 'modules');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('has nothing to load when the folder does not exist', () => {
    expect(load()).toEqual([]);
  });

  it('loads .js and .cjs files in name order, with module.exports, default and named exports', () => {
    mkdirSync(dir);
    write('b.cjs', moduleSource('b-module'));
    write('a.js', `const sdk = require('@misp-wf/sdk');
      exports.__esModule = true;
      exports.default = [sdk.defineModule({ id: 'a-one', version: '1.0.0', type: 'logic', name: 'A1', description: 'd', run: () => sdk.when(true) })];`);
    write('c.js', `const sdk = require('@misp-wf/sdk');
      exports.first = sdk.defineModule({ id: 'c-one', version: '1.0.0', type: 'action', name: 'C1', description: 'd', run: () => sdk.ok() });
      exports.helper = 42;`);
    write('notes.txt', 'ignored');
    expect(summary(load())).toEqual([
      { ok: 'a-one', origin: 'a.js' },
      { ok: 'b-module', origin: 'b.cjs' },
      { ok: 'c-one', origin: 'c.js' },
    ]);
  });

  it('turns every kind of breakage into an error entry and keeps loading the rest', () => {
    mkdirSync(dir);
    write('1-syntax.js', 'module.exports = {\n  id: "x",,\n};');
    write('2-throws.js', 'throw new Error("no database here");');
    write('3-invalid.js', moduleSource('bad id'));
    write('4-nothing.js', 'module.exports = {};');
    write('5-trigger.js', `const sdk = require('@misp-wf/sdk');
      module.exports = sdk.defineModule({ id: 'my-trigger', version: '1.0.0', type: 'trigger', name: 'T', description: 'd' });`);
    write('6-esm.mjs', 'export default {};');
    write('7-source.ts', 'export default {};');
    write('8-good.js', moduleSource('still-loaded'));
    const loads = load();
    expect(summary(loads)).toEqual([
      { origin: '1-syntax.js', error: expect.stringMatching(/^Could not load 1-syntax\.js: SyntaxError: Unexpected token ','.*\(1-syntax\.js:2\)$/) },
      { origin: '2-throws.js', error: 'Could not load 2-throws.js: no database here' },
      { origin: '3-invalid.js', error: expect.stringContaining('Could not load 3-invalid.js: Module "bad id": id must be') },
      { origin: '4-nothing.js', error: expect.stringContaining('4-nothing.js exports no module definition') },
      { origin: '5-trigger.js', error: '5-trigger.js: module "my-trigger" is a trigger; custom triggers are not supported (MISP has none either)' },
      { origin: '6-esm.mjs', error: expect.stringContaining('is an ES module') },
      { origin: '7-source.ts', error: expect.stringContaining('is TypeScript; compile it') },
      { ok: 'still-loaded', origin: '8-good.js' },
    ]);
    expect(loads[4]).toMatchObject({ declared: { id: 'my-trigger', type: 'trigger', name: 'T' } });
  });

  it('reports an invalid definition that was not built with defineModule, naming the field', () => {
    mkdirSync(dir);
    write('plain.js', `module.exports = { id: 'plain', version: '1.0', type: 'action', name: 'P', description: 'd', run() {} };`);
    expect(summary(load())).toEqual([{ origin: 'plain.js', error: 'plain.js: Module "plain": version must be a semver version like 1.0.0' }]);
  });

  it('loads a package folder through its mispWorkflows key and checks the SDK range first', () => {
    write('good-pkg/package.json', JSON.stringify({ name: 'good-pkg', version: '2.0.0', mispWorkflows: { modules: ['lib/one.js'], sdkRange: `^${SDK_VERSION}` } }));
    write('good-pkg/lib/one.js', moduleSource('pkg-one'));
    write('old-pkg/package.json', JSON.stringify({ name: 'old-pkg', mispWorkflows: { modules: ['x.js'], sdkRange: '^2.0.0' } }));
    write('old-pkg/x.js', 'throw new Error("must never run");');
    write('plain-pkg/package.json', JSON.stringify({ name: 'plain-pkg' }));
    write('helpers/util.js', 'module.exports = 1;');
    expect(summary(load())).toEqual([
      { ok: 'pkg-one', origin: 'good-pkg/lib/one.js' },
      { origin: 'old-pkg/', error: `module package old-pkg requires SDK ^2.0.0; this platform provides ${SDK_VERSION}` },
      { origin: 'plain-pkg/', error: expect.stringContaining('module package plain-pkg has no `mispWorkflows` key') },
    ]);
  });

  it('treats the folder itself as the package when its package.json declares modules', () => {
    write('package.json', JSON.stringify({ name: 'whole-dir', mispWorkflows: { modules: ['dist/m.js', 'dist/n.js'], sdkRange: '*' } }));
    write('dist/m.js', moduleSource('dir-m'));
    write('dist/n.js', moduleSource('dir-n'));
    write('stray.js', moduleSource('not-loaded'));
    expect(summary(load())).toEqual([
      { ok: 'dir-m', origin: 'modules/dist/m.js' },
      { ok: 'dir-n', origin: 'modules/dist/n.js' },
    ]);
  });

  it('loads npm packages named in the setting from the search paths, and reports missing ones', () => {
    const pkg = join(root, 'node_modules', '@acme', 'wf-modules');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@acme/wf-modules', mispWorkflows: { modules: ['dist/index.js'], sdkRange: `>=${SDK_VERSION}` } }));
    writeFileSync(join(pkg, 'dist', 'index.js'), moduleSource('acme-module'));
    expect(summary(load(['@acme/wf-modules', 'not-installed-anywhere-xyz', '../etc']))).toEqual([
      { ok: 'acme-module', origin: 'npm:@acme/wf-modules/dist/index.js' },
      { origin: 'npm:not-installed-anywhere-xyz', error: expect.stringContaining('npm package not-installed-anywhere-xyz is not installed') },
      { origin: 'npm:../etc', error: '`../etc` is not a valid npm package name' },
    ]);
  });

  it('reads a file afresh on every load, so an edit shows after a reload', () => {
    mkdirSync(dir);
    write('live.js', moduleSource('live-v1'));
    expect(summary(load())).toEqual([{ ok: 'live-v1', origin: 'live.js' }]);
    write('live.js', moduleSource('live-v2'));
    expect(summary(load())).toEqual([{ ok: 'live-v2', origin: 'live.js' }]);
  });
});
