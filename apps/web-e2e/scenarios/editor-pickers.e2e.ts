import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, mispTag, type MispSimulator } from '../../../tools/misp-simulator';
import { EditorPage } from '../pages/editor.page';
import { SignInPage } from '../pages/sign-in.page';
import { apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { storedGraph, triggerOnlyWorkflow } from '../support/editor-data';

/*
 * The editor's pickers list what MISP holds (decision 0024): a MISP simulator started here with 20,000 tags
 * is the MISP of the platform under test, the IF :: Tag form lists its tags and galaxy clusters, searching
 * narrows the list, picked values land in the saved graph, and a MISP that cannot be reached leaves the
 * picker usable with typed values.
 */

const TRIGGER = 'event-after-save';
const MISP_KEY = 'e2e-misp-simulator-key-0123456789';
const FILLER_TAGS = 20_000;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let sim: MispSimulator;

test.beforeAll(async () => {
  mkdirSync(E2E.artifactsDir, { recursive: true });
  sim = await createMispSimulator({ apiKey: MISP_KEY });
  const named = ['tlp:clear', 'tlp:green', 'tlp:amber', 'tlp:red', 'PAP:RED', 'misp-galaxy:threat-actor="Sofacy"', 'misp-galaxy:threat-actor="APT 29"'];
  named.forEach((name, i) => sim.state.tags.push(mispTag(String(i + 1), name)));
  for (let i = 0; i < FILLER_TAGS; i++) sim.state.tags.push(mispTag(String(named.length + i + 1), `osint:source-type="feed ${String(i).padStart(5, '0')}"`));
  await apiSend('PATCH', '/settings', { 'MISP.url': sim.url, 'MISP.api_key': MISP_KEY });
});

test.afterAll(async () => {
  // Other scenarios expect no MISP.
  await apiSend('PATCH', '/settings', { 'MISP.url': '', 'MISP.api_key': '' });
  await sim?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(E2E.artifactsDir, `editor-pickers-${name}.png`) });

test('IF :: Tag lists the tags of MISP, searches them as the user types and saves the picked ones', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  const workflow = await triggerOnlyWorkflow(TRIGGER);
  await page.goto('/workflows');
  await new SignInPage(page).signIn(E2E.adminKey);
  const editor = new EditorPage(page);
  await editor.open(workflow.id);

  await page.getByLabel('Search modules and blueprints').fill('IF :: Tag');
  await page.getByRole('button', { name: 'Add IF :: Tag to the canvas' }).click();
  await page.getByLabel('Search modules and blueprints').fill('');
  await expect(editor.nodesOf('tag-if')).toHaveCount(1);
  await editor.select('2');

  // Opening the Tags picker lists MISP's tags (galaxy clusters left out), 50 rows of 20,005.
  const tags = editor.param('tags');
  const tagInput = tags.getByRole('combobox');
  await tagInput.focus();
  const tagOptions = tags.getByRole('option');
  await expect(tags.locator('.picker__more')).toHaveText(`Showing 50 of ${FILLER_TAGS + 5}: keep typing to narrow the list`);
  await expect(tagOptions).toHaveCount(50);
  await expect(tagOptions.first()).toHaveText('osint:source-type="feed 00000"');
  await shot(page, '01-tags-listed');

  // Searching narrows the list on the server: only tlp tags remain.
  await tagInput.pressSequentially('tlp:', { delay: 40 });
  await expect(tagOptions).toHaveText(['tlp:amber', 'tlp:clear', 'tlp:green', 'tlp:red']);
  await expect(tags.locator('.picker__more')).toHaveCount(0);
  await tagInput.pressSequentially('r');
  await expect(tagOptions).toHaveText(['tlp:red']);
  await shot(page, '02-tags-narrowed');
  await tagOptions.first().click();
  await expect(tags.locator('.picker__chip')).toHaveText(['tlp:red×']);
  // A tag MISP does not know is not taken: the list is available.
  await tagInput.fill('not-a-misp-tag');
  await expect(tags.getByText('Add “not-a-misp-tag”')).toHaveCount(0);
  await tagInput.press('Enter');
  await expect(tags.locator('.picker__chip')).toHaveCount(1);
  await tagInput.fill('');

  // Galaxy clusters are the galaxy tags without their misp-galaxy: prefix.
  const clusters = editor.param('clusters');
  const clusterInput = clusters.getByRole('combobox');
  await clusterInput.focus();
  await expect(clusters.getByRole('option')).toHaveText(['threat-actor="APT 29"', 'threat-actor="Sofacy"']);
  await clusterInput.pressSequentially('sofa');
  await expect(clusters.getByRole('option')).toHaveText(['threat-actor="Sofacy"']);
  await clusterInput.press('Enter');
  await expect(clusters.locator('.picker__chip')).toHaveText(['threat-actor="Sofacy"×']);
  await shot(page, '03-picked');

  await page.keyboard.press('Control+s');
  await expect(editor.saveState()).toHaveText('Saved');
  const stored = await storedGraph(workflow.id);
  expect(stored['2']?.data).toMatchObject({ id: 'tag-if', indexed_params: { tags: ['tlp:red'], clusters: ['threat-actor="Sofacy"'] } });
  // The picker searched MISP once per list, whatever the keystrokes: the platform caches MISP's lists.
  expect(sim.requests.filter((r) => r.path.startsWith('/tags/index'))).toHaveLength(1);

  // MISP down: the picker says so under the field and takes a typed value.
  await apiSend('PATCH', '/settings', { 'MISP.url': `http://127.0.0.1:${await closedPort()}` });
  await tagInput.pressSequentially('pap:amber');
  const notice = tags.getByRole('status');
  await expect(notice.locator('summary')).toHaveText('No tags list: type a value and press Enter');
  await expect(tags.getByText('Add “pap:amber”')).toBeVisible();
  // The reason stays folded away until asked for.
  const reason = notice.locator('.picker__reason');
  await expect(reason).toBeHidden();
  await tagInput.press('Escape');
  await notice.locator('summary').click();
  await expect(reason).toBeVisible();
  await expect(reason).toContainText('The tags list could not be loaded from MISP: Could not reach MISP at http://127.0.0.1:');
  await shot(page, '04-misp-down');
  await tagInput.focus();
  await tagInput.press('Enter');
  await expect(tags.locator('.picker__chip')).toHaveText(['tlp:red×', 'pap:amber×']);
  await page.keyboard.press('Control+s');
  await expect(editor.saveState()).toHaveText('Saved');
  expect((await storedGraph(workflow.id))['2']?.data).toMatchObject({ indexed_params: { tags: ['tlp:red', 'pap:amber'] } });
  await apiSend('PATCH', '/settings', { 'MISP.url': sim.url });
  expect(errors).toEqual([]);
});
