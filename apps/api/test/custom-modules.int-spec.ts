import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SDK_VERSION } from '@misp-wf/sdk';
import { dbTargets } from './support/db-targets';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/** Custom module files as plugin authors write them: CommonJS, requiring the SDK the platform provides. */
const BLOCKER = (message: string) => `
const { defineModule, block, param } = require('@misp-wf/sdk');
module.exports = defineModule({
  id: 'custom-blocker', version: '1.0.0', type: 'action', name: 'Custom blocker', description: 'Refuses the operation',
  blocking: true,
  params: { reason: param.input({ label: 'Reason', default: 'no reason' }) },
  run: ({ params }) => block('${message}: ' + params.reason),
});`;

const INFO_IF = `
const { defineModule, when, param } = require('@misp-wf/sdk');
exports.__esModule = true;
exports.default = defineModule({
  id: 'custom-info-if', version: '2.1.0', type: 'logic', name: 'IF :: info contains', description: 'Branches on Event.info',
  expectMispCoreFormat: true,
  params: { word: param.input({ label: 'Word' }) },
  run: ({ params, data }) => when(String(data.get().Event.info).includes(params.word)),
});`;

/** MISP's run error: `Node `<module>` (<id>) from Workflow `<name>` (<id>) returned the following error: <message>`. */
const nodeError = (module: string, message: string) => expect.stringMatching(new RegExp(`^Node \`${module}\` \\(\\d+\\) from Workflow .* returned the following error: ${escape(message)}$`));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FILES: Record<string, string> = {
  'blocker.js': BLOCKER('Custom says no'),
  'info-if.js': INFO_IF,
  'broken-syntax.js': 'module.exports = {\n  id: "oops",,\n};',
  'throws-at-load.js': 'throw new Error("cannot start without a licence key");',
  'clash.js': `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'stop-execution', version: '9.0.0', type: 'action', name: 'Fake stop', description: 'd', run: () => s.ok() });`,
  'a-trigger.js': `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'my-trigger', version: '1.0.0', type: 'trigger', name: 'T', description: 'd' });`,
  'crashes.js': `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'custom-crash', version: '1.0.0', type: 'action', name: 'Crash', description: 'd', blocking: true, run: () => { throw new TypeError('undefined is not a function'); } });`,
  'bad-manifest.js': `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'numeric-default', version: '1.0.0', type: 'action', name: 'N', description: 'd', params: { n: s.param.input({ label: 'N', default: 5 }) }, run: () => s.ok() });`,
  'future-pkg/package.json': JSON.stringify({ name: 'future-pkg', version: '1.0.0', mispWorkflows: { modules: ['index.js'], sdkRange: '^9.0.0' } }),
  'future-pkg/index.js': 'throw new Error("never evaluated");',
};

/** What MISP's event-publish hook passes. */
const rawEvent = (info: string) => ({
  Event: { id: '12', info, orgc_id: '1', org_id: '1', Orgc: { id: '1', name: 'ORG' }, Tag: [], Attribute: [], Object: [] },
});

/** 1(event-publish) ─▶ 2(custom-info-if word=red) ─then▶ 3(custom-blocker) */
const graph = {
  '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
  '2': storedNode(2, 'custom-info-if', 'logic', thenOnly(3), { word: 'red' }),
  '3': storedNode(3, 'custom-blocker', 'action', [], { reason: 'red events stay home' }),
};

describe.each(dbTargets())('custom modules on $name', (target) => {
  let t: TestApp;
  let modulesDir: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const modules = async () => (await admin(http().get('/api/v1/modules'))).body as { id: string; source: string; error: string | null; enabled: boolean; origin: string | null }[];
  const custom = async () => (await modules()).filter((m) => m.source === 'custom');
  const hook = (info: string) => admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data: rawEvent(info) });
  const write = (path: string, text: string) => {
    mkdirSync(join(modulesDir, path, '..'), { recursive: true });
    writeFileSync(join(modulesDir, path), text);
  };

  beforeAll(async () => {
    modulesDir = mkdtempSync(join(tmpdir(), 'mwp-custom-'));
    for (const [path, text] of Object.entries(FILES)) write(path, text);
    t = await startTestApp(target, { CUSTOM_MODULES_DIR: modulesDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(modulesDir, { recursive: true, force: true });
  });

  it('starts despite broken modules and lists every custom module with its error, disabled by default', async () => {
    const byOrigin = Object.fromEntries((await custom()).map((m) => [m.origin, m]));
    expect(Object.keys(byOrigin).sort()).toEqual(['a-trigger.js', 'bad-manifest.js', 'blocker.js', 'broken-syntax.js', 'clash.js', 'crashes.js', 'future-pkg/', 'info-if.js', 'throws-at-load.js']);
    expect(byOrigin['bad-manifest.js']).toMatchObject({ id: 'numeric-default', error: expect.stringContaining('bad-manifest.js: module "numeric-default" has an invalid manifest: params.0.default') });
    expect(byOrigin['blocker.js']).toMatchObject({ id: 'custom-blocker', error: null, enabled: false, module_type: 'action', blocking: true, is_custom: true, sdk_version: SDK_VERSION });
    expect(byOrigin['info-if.js']).toMatchObject({ id: 'custom-info-if', version: '2.1.0', module_type: 'logic', outputs: 2, error: null });
    expect(byOrigin['broken-syntax.js'].error).toMatch(/^Could not load broken-syntax\.js: SyntaxError: .*\(broken-syntax\.js:2\)$/);
    expect(byOrigin['throws-at-load.js'].error).toBe('Could not load throws-at-load.js: cannot start without a licence key');
    expect(byOrigin['a-trigger.js']).toMatchObject({ id: 'my-trigger', error: expect.stringContaining('custom triggers are not supported') });
    expect(byOrigin['future-pkg/'].error).toBe(`module package future-pkg requires SDK ^9.0.0; this platform provides ${SDK_VERSION}`);
    expect(byOrigin['clash.js']).toMatchObject({ id: 'stop-execution@clash.js', error: expect.stringContaining('Module id `stop-execution` is already used by the built-in module') });
    const builtinStop = (await modules()).find((m) => m.id === 'stop-execution');
    expect(builtinStop).toMatchObject({ source: 'default', error: null, enabled: true });
    const one = await admin(http().get('/api/v1/modules/custom-blocker'));
    expect(one.body).toMatchObject({ id: 'custom-blocker', source: 'custom', params: [{ id: 'reason', type: 'input', label: 'Reason', default: 'no reason' }] });
  });

  it('refuses to enable a module that did not load, and persists enabling one that did', async () => {
    const refused = await admin(http().post('/api/v1/modules/stop-execution@clash.js/enable'));
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('could not be loaded') });
    const enabled = await admin(http().post('/api/v1/modules/custom-info-if/enable'));
    expect(enabled.body).toMatchObject({ id: 'custom-info-if', enabled: true, source: 'custom' });
    expect((await custom()).find((m) => m.id === 'custom-info-if')?.enabled).toBe(true);
  });

  it('runs custom modules in a workflow through the MISP hook like built-in ones', async () => {
    const saved = await admin(http().post('/api/v1/workflows')).send({ name: 'Custom', trigger_id: 'event-publish', data: graph });
    expect(saved.status).toBe(201);
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });
    const disabled = await hook('red alert');
    expect(disabled.body).toMatchObject({ success: false, outcome: 'failure', errors: [nodeError('custom-blocker', 'Could not execute disabled module `custom-blocker`.')] });
    await admin(http().post('/api/v1/modules/custom-blocker/enable'));
    const blocked = await hook('red alert');
    expect(blocked.body).toMatchObject({ success: false, outcome: 'blocked', errors: [nodeError('custom-blocker', 'Custom says no: red events stay home')] });
    const passed = await hook('all green');
    expect(passed.body).toMatchObject({ success: true, outcome: 'success', errors: [] });
    const execution = await admin(http().get(`/api/v1/executions/${blocked.body.execution_id}`));
    expect(execution.body.steps.map((s: { module_id: string; status: string }) => [s.module_id, s.status])).toEqual(
      expect.arrayContaining([['custom-info-if', 'success'], ['custom-blocker', 'blocked']]),
    );
  });

  it('turns a module that throws while running into a failure of its node', async () => {
    await admin(http().post('/api/v1/modules/custom-crash/enable'));
    const crashGraph = { '1': storedNode(1, 'event-publish', 'trigger', output1(2)), '2': storedNode(2, 'custom-crash', 'action', []) };
    const wf = await admin(http().post('/api/v1/workflows')).send({ name: 'Crash', trigger_id: 'event-publish', data: crashGraph });
    expect(wf.status).toBe(409); // one workflow per trigger, as in MISP: replace the graph of the existing one
    const existing = (await admin(http().get('/api/v1/workflows?trigger_id=event-publish'))).body.data[0];
    await admin(http().put(`/api/v1/workflows/${existing.id}`)).send({ data: crashGraph });
    try {
      const res = await hook('anything');
      expect(res.body).toMatchObject({ success: false, outcome: 'failure', errors: [expect.stringContaining('Error while executing module custom-crash. Error: ')] });
      expect(res.body.errors[0]).toContain('undefined is not a function');
      expect((await http().get('/api/v1/health')).status).toBe(200);
    } finally {
      await admin(http().put(`/api/v1/workflows/${existing.id}`)).send({ data: graph });
    }
  });

  it('reloads edited and new files without a restart, keeping enabled states; viewers may not reload', async () => {
    write('blocker.js', BLOCKER('Version two says no'));
    write('late.js', `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'late-module', version: '1.0.0', type: 'action', name: 'Late', description: 'd', run: () => s.ok() });`);
    rmSync(join(modulesDir, 'broken-syntax.js'));
    const viewer = await admin(http().post('/api/v1/api-keys')).send({ name: 'ro', role: 'viewer' });
    expect((await http().post('/api/v1/modules/reload').set('Authorization', viewer.body.key)).status).toBe(403);
    const report = await admin(http().post('/api/v1/modules/reload'));
    expect(report.status).toBe(200);
    expect(report.body.custom).toMatchObject({ dir: modulesDir, loaded: 4 });
    expect(report.body.custom.errors.map((e: { origin: string }) => e.origin).sort()).toEqual(['a-trigger.js', 'bad-manifest.js', 'clash.js', 'future-pkg/', 'throws-at-load.js']);
    expect(report.body.misp_modules).toEqual({ enabled: false, url: null, loaded: 0, error: null });
    const ids = (await custom()).map((m) => m.id);
    expect(ids).toContain('late-module');
    expect(ids).not.toContain('oops');
    expect((await hook('red again')).body).toMatchObject({ outcome: 'blocked', errors: [nodeError('custom-blocker', 'Version two says no: red events stay home')] });
  });

  it('loads npm packages named in Plugin.Workflow_custom_module_packages, installed in DATA_DIR', async () => {
    const pkg = join(t.dataDir, 'node_modules', 'wf-npm-modules');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'wf-npm-modules', version: '3.0.0', mispWorkflows: { modules: ['main.js'], sdkRange: `^${SDK_VERSION}` } }));
    writeFileSync(join(pkg, 'main.js'), `const s = require('@misp-wf/sdk'); module.exports = [s.defineModule({ id: 'npm-one', version: '3.0.0', type: 'action', name: 'N1', description: 'd', run: () => s.ok() })];`);
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_custom_module_packages': 'wf-npm-modules, not-there-pkg' });
    // No reload call: a changed package list is noticed on its own within the states cache time.
    let found: { id: string; origin: string | null; error: string | null }[] = [];
    for (let i = 0; i < 40 && !found.some((m) => m.id === 'npm-one'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      found = await custom();
    }
    expect(found.find((m) => m.id === 'npm-one')).toMatchObject({ origin: 'npm:wf-npm-modules/main.js', error: null });
    expect(found.find((m) => m.origin === 'npm:not-there-pkg')?.error).toContain('npm package not-there-pkg is not installed');
  });
});

describe.each(dbTargets())('a module reload on $name reaches every process sharing the database', (target) => {
  let a: TestApp;
  let b: TestApp;
  let modulesDir: string;
  const customIds = async (t: TestApp) =>
    ((await request(t.url).get('/api/v1/modules').set('Authorization', TEST_ADMIN_KEY)).body as { id: string; source: string }[]).filter((m) => m.source === 'custom').map((m) => m.id);

  beforeAll(async () => {
    modulesDir = mkdtempSync(join(tmpdir(), 'mwp-custom-shared-'));
    a = await startTestApp(target, { CUSTOM_MODULES_DIR: modulesDir });
    // The second process uses the first one's database (its own temporary one stays unused).
    const shared: Record<string, string> = a.config.DATABASE_URL ? { DATABASE_URL: a.config.DATABASE_URL } : { DATA_DIR: a.dataDir };
    b = await startTestApp(target, { ...shared, CUSTOM_MODULES_DIR: modulesDir });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    rmSync(modulesDir, { recursive: true, force: true });
  });

  it('shows a module added on disk in the other process within seconds of a reload here', async () => {
    expect(await customIds(a)).toEqual([]);
    expect(await customIds(b)).toEqual([]);
    writeFileSync(join(modulesDir, 'shared.js'), `const s = require('@misp-wf/sdk'); module.exports = s.defineModule({ id: 'shared-module', version: '1.0.0', type: 'action', name: 'S', description: 'd', run: () => s.ok() });`);
    await request(a.url).post('/api/v1/modules/reload').set('Authorization', TEST_ADMIN_KEY).expect(200);
    expect(await customIds(a)).toEqual(['shared-module']);
    let seen: string[] = [];
    for (let i = 0; i < 50 && seen.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = await customIds(b);
    }
    expect(seen).toEqual(['shared-module']);
  }, 15_000);
});
