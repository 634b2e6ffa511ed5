import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlueprintsPage } from '../pages/blueprints.page';
import { SignInPage } from '../pages/sign-in.page';
import { tlpRedGraph } from '../support/admin-data';
import { apiGet } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { expectFitsWidth } from '../support/layout';

type Blueprint = { id: string; uuid: string; name: string };
type BlueprintFile = { WorkflowBlueprint: { uuid: string; name: string; description: string; timestamp: string; data: unknown[] } };

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

// Files the browser uploads: not artifacts, so not in the artifacts folder.
const filesDir = mkdtempSync(join(tmpdir(), 'mwp-e2e-blueprints-'));
test.afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

/** A MISP blueprint file as MISP exports it: the IF :: Tag and stop-execution nodes of the tlp:red workflow. */
function writeBlueprintFile(uuid: string, name: string): string {
  const graph = tlpRedGraph('event-publish');
  const file = {
    WorkflowBlueprint: {
      id: '8',
      uuid,
      name,
      description: '[event-publish]\r\nStops the publication of tlp:red events',
      timestamp: '1764000000',
      data: [graph['2'], graph['3']],
      default: false,
      mermaid: 'flowchart LR\n',
    },
  };
  const path = join(filesDir, `import-${uuid}.json`);
  writeFileSync(path, JSON.stringify(file, null, 4));
  return path;
}

test('import a blueprint file, see it listed, refuse it twice, export it and delete it', async ({ page }) => {
  // The second import is refused with a 409 on purpose.
  const errors = watchConsoleErrors(page, [/status of 409 \(Conflict\)/]);
  const uuid = randomUUID();
  const name = `E2E tlp red stop ${uuid.slice(0, 6)}`;
  const path = writeBlueprintFile(uuid, name);

  await page.goto('/blueprints');
  await new SignInPage(page).signIn(E2E.adminKey);
  const blueprints = new BlueprintsPage(page);
  await blueprints.open();

  await blueprints.importFile(path);
  await expect(blueprints.importMessage()).toContainText(`Imported “${name}”`);
  const row = blueprints.row(uuid);
  await expect(row).toContainText(name);
  await expect(row).toContainText('event-publish');
  await expect(row).toContainText('tag-if, stop-execution');
  const stored = (await apiGet<{ data: Blueprint[] }>(`/blueprints?q=${uuid}`)).data;
  expect(stored.map((b) => b.name)).toEqual([name]);
  await expectFitsWidth(page);
  await page.screenshot({ path: join(E2E.artifactsDir, 'blueprints.png'), fullPage: true });

  // The same uuid again: 409, said plainly, nothing added.
  await blueprints.importFile(path);
  await expect(page.getByRole('alert').filter({ hasText: 'already exists' })).toContainText(`uuid ${uuid}`);
  expect((await apiGet<{ total: number }>(`/blueprints?q=${uuid}`)).total).toBe(1);
  await page.screenshot({ path: join(E2E.artifactsDir, 'blueprints-duplicate.png'), fullPage: true });

  // Export: MISP's file name and format, same uuid and nodes.
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `Export ${name}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^blueprint_${name.toLowerCase().replace(/ /g, '-')}_\\d+\\.json$`));
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as BlueprintFile;
  expect(exported.WorkflowBlueprint.uuid).toBe(uuid);
  expect(exported.WorkflowBlueprint.name).toBe(name);
  expect(exported.WorkflowBlueprint.timestamp).toBe('1764000000');
  expect(exported.WorkflowBlueprint.data).toHaveLength(2);

  // Delete: Escape cancels, the dialog's button deletes.
  await row.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this blueprint?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: join(E2E.artifactsDir, 'blueprints-delete-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: `Delete ${name}` }).click();
  await dialog.getByRole('button', { name: 'Delete blueprint' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted blueprint “${name}”` })).toBeVisible();
  await expect(row).toHaveCount(0);
  expect((await apiGet<{ total: number }>(`/blueprints?q=${uuid}`)).total).toBe(0);
  expect(errors).toEqual([]);
});

test('a file that is not a blueprint is refused before it is sent', async ({ page }) => {
  const path = join(filesDir, 'not-a-blueprint.json');
  writeFileSync(path, JSON.stringify({ Workflow: { name: 'x' } }));
  await page.goto('/blueprints');
  await new SignInPage(page).signIn(E2E.adminKey);
  const blueprints = new BlueprintsPage(page);
  await blueprints.open();
  await blueprints.importFile(path);
  await expect(page.getByRole('alert').filter({ hasText: 'not a MISP blueprint file' })).toBeVisible();
});
