import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EditorPage } from '../pages/editor.page';
import { SignInPage } from '../pages/sign-in.page';
import { apiDelete } from '../support/admin-data';
import { apiGet } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { storedGraph, triggerOnlyWorkflow } from '../support/editor-data';

const TRIGGER = 'shadow-attribute-after-save';

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));
const filesDir = mkdtempSync(join(tmpdir(), 'mwp-e2e-editor-forms-'));
test.afterAll(() => rmSync(filesDir, { recursive: true, force: true }));
const shot = (page: Page, name: string) => page.screenshot({ path: join(E2E.artifactsDir, `editor-forms-${name}.png`) });

test('node forms from manifests, the filter dialog, keyboard editing, shortcuts help and the unsaved-changes guard', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  const workflow = await triggerOnlyWorkflow(TRIGGER);
  await page.goto('/workflows');
  await new SignInPage(page).signIn(E2E.adminKey);
  const editor = new EditorPage(page);
  await editor.open(workflow.id);

  // Add a module with the keyboard: its "+" button.
  await page.getByRole('button', { name: 'Add Webhook to the canvas' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.nodesOf('webhook')).toHaveCount(1);
  await expect(editor.inspector()).toContainText('Webhook');
  await expect(editor.param('url').locator('.param__tag')).toHaveText('Jinja');
  await editor.param('url').getByRole('textbox').fill('https://hooks.example.test/{{ Event.uuid }}');
  await editor.param('request_method').getByRole('combobox').selectOption({ index: 0 });
  await editor.param('payload').getByRole('textbox').fill('{"info": "{{ Event.info }}"}');
  await shot(page, '01-webhook-form');

  // A filtering module: the filter dialog checks MISP's rule before applying.
  await page.getByLabel('Search modules and blueprints').fill('tag operation');
  await page.getByRole('button', { name: 'Add Tag operation to the canvas' }).click();
  await page.getByLabel('Search modules and blueprints').fill('');
  await expect(editor.nodeCard('3')).toContainText('Module disabled');
  await editor.inspector().getByRole('button', { name: 'Edit filter' }).click();
  const dialog = page.getByRole('dialog', { name: /Filtering conditions/ });
  await dialog.getByLabel('Selector').fill('Event._AttributeFlattened.{n}');
  await dialog.getByRole('button', { name: 'Apply filter' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Some fields cannot be empty');
  await dialog.getByLabel('Operator').selectOption('in');
  await dialog.getByLabel('Value').fill('tlp:white');
  await dialog.getByLabel('Hash path (relative to each item)').fill('Tag.{n}.name');
  await shot(page, '02-filter-dialog');
  await dialog.getByRole('button', { name: 'Apply filter' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.nodeCard('3')).toContainText('filter');

  // Keyboard editing: copy/paste, undo/redo, delete.
  await editor.nodeCard('3').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(editor.nodesOf('tag_operation')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(editor.nodesOf('tag_operation')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.nodesOf('tag_operation')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(editor.nodesOf('tag_operation')).toHaveCount(1);
  // The trigger cannot be deleted.
  await editor.fitView();
  await editor.nodeCard('1').click();
  await page.keyboard.press('Delete');
  await expect(editor.node('1')).toBeVisible();

  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shot(page, '03-shortcuts-help');
  await page.keyboard.press('Escape');

  // Leaving with unsaved changes asks first; dismissing keeps the editor.
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triggers' }).click();
  await expect.poll(() => asked).toContain('unsaved changes');
  await expect(page).toHaveURL(new RegExp(`/workflows/${workflow.id}$`));

  await page.keyboard.press('Control+s');
  await expect(editor.saveState()).toHaveText('Saved');
  const stored = await storedGraph(workflow.id);
  expect(stored['2']?.data).toMatchObject({ id: 'webhook', indexed_params: { url: 'https://hooks.example.test/{{ Event.uuid }}', payload: '{"info": "{{ Event.info }}"}' } });
  expect(stored['3']?.data).toMatchObject({
    id: 'tag_operation',
    saved_filters: { selector: 'Event._AttributeFlattened.{n}', value: 'tlp:white', operator: 'in', path: 'Tag.{n}.name' },
  });
  await editor.button('Auto-layout').click();
  await expect(editor.node('3')).toBeInViewport();
  await page.waitForTimeout(300);
  await shot(page, '04-laid-out');
  await page.keyboard.press('Control+s');
  await expect(editor.saveState()).toHaveText('Saved');

  // Debug mode is saved at once.
  await page.getByRole('switch', { name: 'Debug mode' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Debug mode on' })).toBeVisible();
  expect((await apiGet<{ debug_enabled: boolean }>(`/workflows/${workflow.id}`)).debug_enabled).toBe(true);

  // Export the workflow file, delete the workflow, import the file again from the list.
  const download = page.waitForEvent('download');
  await editor.button('Export').click();
  const file = join(filesDir, `workflow-${TRIGGER}.json`);
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; workflow: { trigger_id: string; data: Record<string, unknown> } };
  expect(exported.format).toBe('misp-workflow-platform/workflow@1');
  const rawData = async (id: string) => (await apiGet<{ data: unknown }>(`/workflows/${id}`)).data;
  expect(exported.workflow.data).toEqual(await rawData(workflow.id));
  await apiDelete(`/workflows/${workflow.id}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
  await page.getByLabel('Workflow file to import').setInputFiles(file);
  await expect(page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);
  await editor.waitLoaded();
  await expect(editor.nodesOf('tag_operation')).toHaveCount(1);
  await expect(editor.nodesOf('webhook')).toHaveCount(1);
  await shot(page, '05-imported');
  const imported = page.url().split('/').pop() ?? '';
  expect(imported).not.toBe(workflow.id);
  expect(await rawData(imported)).toEqual(exported.workflow.data);
  expect(errors).toEqual([]);
});
