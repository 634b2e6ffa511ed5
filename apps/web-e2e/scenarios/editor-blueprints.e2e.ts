import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from '../pages/editor.page';
import { SignInPage } from '../pages/sign-in.page';
import { apiGet, apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { editorNode, storedGraph, triggerOnlyWorkflow } from '../support/editor-data';

const TRIGGER = 'object-after-save';
type Blueprint = { id: string; name: string; data: { id: number; data: { id: string } }[] };

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));
const shot = (page: Page, name: string) => page.screenshot({ path: join(E2E.artifactsDir, `editor-blueprints-${name}.png`) });

test('insert an imported blueprint by dragging it onto the canvas, then save a selection as a new blueprint', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  const workflow = await triggerOnlyWorkflow(TRIGGER);
  // A MISP blueprint file (its trigger node is skipped on insertion, spec §1.5): IF :: Tag ─then▶ stop-execution.
  const name = `e2e insert ${randomUUID().slice(0, 8)}`;
  await apiSend('POST', '/blueprints/import', {
    WorkflowBlueprint: {
      uuid: randomUUID(),
      name,
      description: '[event-publish]\nIF :: Tag then stop',
      timestamp: '1764000000',
      data: [
        editorNode(1, 'event-publish', 'trigger', { output_1: ['7'] }, -200, 0),
        editorNode(7, 'tag-if', 'logic', { output_1: ['8'], output_2: [] }, 100, 20, { indexed_params: { scope: 'event', condition: 'in_or', tags: ['tlp:red'] } }),
        editorNode(8, 'stop-execution', 'action', {}, 400, 40, { indexed_params: { message: 'from the blueprint' } }),
      ],
    },
  });

  await page.goto('/workflows');
  await new SignInPage(page).signIn(E2E.adminKey);
  const editor = new EditorPage(page);
  await editor.open(workflow.id);
  await page.getByLabel('Search modules and blueprints').fill(name);
  await expect(editor.paletteBlueprint(name)).toContainText('3 nodes');
  await shot(page, '01-palette');

  await editor.dragOntoCanvas(editor.paletteBlueprint(name), { x: 120, y: 260 });
  await expect(editor.nodesOf('tag-if')).toHaveCount(1);
  await expect(editor.nodesOf('stop-execution')).toHaveCount(1);
  await expect(editor.edge('2', 'output_1', '3', 'input_1')).toBeVisible();
  // Inserting goes through the API, so the result is already saved.
  await expect(editor.saveState()).toHaveText('Saved');
  const stored = await storedGraph(workflow.id);
  expect(Object.keys(stored)).toEqual(['1', '2', '3']);
  expect(stored['2']?.data).toMatchObject({ id: 'tag-if', indexed_params: { tags: ['tlp:red'] } });
  expect(stored['2']?.outputs).toMatchObject({ output_1: { connections: [{ node: '3', output: 'input_1' }] } });
  await editor.fitView();
  await shot(page, '02-inserted');

  // Hook it up to the trigger and save; then keep the two nodes as a blueprint of our own.
  await editor.connect({ node: '1', output: 'output_1' }, { node: '2', input: 'input_1' });
  await editor.save();
  expect((await storedGraph(workflow.id))['1']?.outputs).toEqual({ output_1: { connections: [{ node: '2', output: 'input_1' }] } });
  await editor.nodeCard('2').click();
  await editor.nodeCard('3').click({ modifiers: ['Control'] });
  await expect(page.locator('.wf-editor__side')).toContainText('2 nodes selected');
  await editor.button('Save as blueprint').click();
  const dialog = page.getByRole('dialog', { name: 'Save the selection as a blueprint' });
  await dialog.getByLabel('Name').fill(`${name} copy`);
  await shot(page, '03-save-selection');
  await dialog.getByRole('button', { name: 'Save blueprint' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Blueprint “${name} copy” saved with 2 node(s)` })).toBeVisible();
  const mine = (await apiGet<{ data: Blueprint[] }>(`/blueprints?q=${encodeURIComponent(`${name} copy`)}`)).data;
  expect(mine).toHaveLength(1);
  expect(mine[0]?.data.map((n) => n.data.id)).toEqual(['tag-if', 'stop-execution']);
  expect(errors).toEqual([]);
});
