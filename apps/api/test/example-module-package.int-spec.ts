import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import request from 'supertest';
import { SDK_VERSION } from '@misp-wf/sdk';
import { dbTargets } from './support/db-targets';
import { packSdk, REPO_ROOT, run } from './support/packed-sdk';
import { storedNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/**
 * Issue 5's end-to-end check for plugin authors: the example package of `examples/` is copied outside the
 * repository, gets nothing but the packed SDK tarball (plus its own dev tools), compiles and passes its
 * tests there, and then runs inside a real platform loaded from `CUSTOM_MODULES_DIR`.
 */
const EXAMPLE = join(REPO_ROOT, 'examples', 'module-package');

type Node = { id: number; data: { id: string }; inputs: unknown; outputs: unknown };
type BlueprintFile = { WorkflowBlueprint: { uuid: string; data: Node[] } };

/** The raw event MISP's event-publish hook passes. */
const rawEvent = (info: string, values: string[]) => ({
  Event: {
    id: '7',
    info,
    orgc_id: '1',
    org_id: '1',
    Orgc: { id: '1', name: 'ORG' },
    Tag: [],
    Attribute: values.map((value, i) => ({ id: String(i + 1), event_id: '7', object_id: '0', type: 'ip-dst', category: 'Network activity', value, to_ids: true, Tag: [] })),
    Object: [],
  },
});

describe('the example module package against the packed SDK', () => {
  let work: string;
  let pkg: string;
  let testOutput: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mwp-example-package-'));
    expect(relative(REPO_ROOT, work).startsWith('..')).toBe(true);
    const tarball = packSdk(work);
    pkg = join(work, 'module-package');
    cpSync(EXAMPLE, pkg, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)([/\\]|$)/.test(src) });
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: pkg });
    testOutput = run('npm', ['test'], { cwd: pkg });
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs only the packed SDK (and its own client-side dependencies) next to the package', () => {
    const sdk = JSON.parse(readFileSync(join(pkg, 'node_modules', '@misp-wf', 'sdk', 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect(sdk.version).toBe(SDK_VERSION);
    expect(Object.keys(sdk.dependencies).sort()).toEqual(['tslib', 'zod']);
    expect(readdirSync(join(pkg, 'node_modules', '@misp-wf'))).toEqual(['sdk']);
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies['@misp-wf/sdk']).toMatch(/^file:.*misp-wf-sdk-.*\.tgz$/);
  });

  it('compiles with the SDK\'s published types and passes its own tests with the SDK test kit', () => {
    expect(testOutput).toMatch(/# pass 9\b/);
    expect(testOutput).toMatch(/# fail 0\b/);
    expect(readdirSync(join(pkg, 'dist', 'src')).sort()).toEqual(expect.arrayContaining(['attribute-limit.module.js', 'info-contains.module.js']));
  });

  describe.each(dbTargets())('loaded into a running platform on $name', (target) => {
    let t: TestApp;
    const http = () => request(t.url);
    const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
    const hook = (info: string, values: string[]) => admin(http().post('/api/v1/hooks/misp/event-publish')).send({ data: rawEvent(info, values) });

    beforeAll(async () => {
      t = await startTestApp(target, { CUSTOM_MODULES_DIR: pkg });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the package\'s modules as custom, with their manifests', async () => {
      const custom = ((await admin(http().get('/api/v1/modules'))).body as { id: string; source: string; origin: string; error: string | null }[]).filter((m) => m.source === 'custom');
      expect(custom.map((m) => [m.id, m.origin, m.error])).toEqual([
        ['example-attribute-limit', 'module-package/dist/src/attribute-limit.module.js', null],
        ['example-info-contains', 'module-package/dist/src/info-contains.module.js', null],
      ]);
      const limit = (await admin(http().get('/api/v1/modules/example-attribute-limit'))).body;
      expect(limit).toMatchObject({ module_type: 'action', blocking: true, support_filters: true, expect_misp_core_format: true, version: '1.0.0', enabled: false, is_custom: true });
      expect(limit.params.map((p: { id: string; type: string; jinja_supported: boolean }) => [p.id, p.type, p.jinja_supported])).toEqual([
        ['max', 'input', false],
        ['message', 'input', true],
      ]);
    });

    it('runs the example blueprint through the MISP hook: urgent events with too many attributes are blocked', async () => {
      const file = JSON.parse(readFileSync(join(pkg, 'examples', 'limit-urgent-events.json'), 'utf8')) as BlueprintFile;
      const imported = await admin(http().post('/api/v1/blueprints/import')).send(file);
      expect(imported.status).toBe(201);
      // The blueprint's first node hangs off the trigger.
      const [first, ...rest] = file.WorkflowBlueprint.data;
      const graph: Record<string, unknown> = {
        '1': storedNode(1, 'event-publish', 'trigger', { output_1: { connections: [{ node: String(first.id), output: 'input_1' }] } }),
        [first.id]: { ...first, inputs: { input_1: { connections: [{ node: '1', input: 'output_1' }] } } },
        ...Object.fromEntries(rest.map((n) => [String(n.id), n])),
      };
      const saved = await admin(http().post('/api/v1/workflows')).send({ name: 'Keep urgent events small', trigger_id: 'event-publish', data: graph });
      expect(saved.status).toBe(201);
      for (const id of ['example-info-contains', 'example-attribute-limit']) {
        expect((await admin(http().post(`/api/v1/modules/${id}/enable`))).body).toMatchObject({ id, enabled: true });
      }
      await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });

      const blocked = await hook('URGENT: ransomware outbreak', ['192.0.2.1', '192.0.2.2']);
      expect(blocked.body).toMatchObject({ success: false, outcome: 'blocked' });
      expect(blocked.body.errors).toEqual([expect.stringMatching(/Urgent events are published with one attribute at most \(2 > 1\)$/)]);
      expect((await hook('URGENT: one indicator', ['192.0.2.1'])).body).toMatchObject({ success: true, outcome: 'success', errors: [] });
      expect((await hook('Weekly digest', ['192.0.2.1', '192.0.2.2', '192.0.2.3'])).body).toMatchObject({ success: true, outcome: 'success', errors: [] });

      const steps = (await admin(http().get(`/api/v1/executions/${blocked.body.execution_id}`))).body.steps as { module_id: string; status: string }[];
      expect(steps.map((s) => [s.module_id, s.status])).toEqual(expect.arrayContaining([['example-info-contains', 'success'], ['example-attribute-limit', 'blocked']]));
    });
  });
});
