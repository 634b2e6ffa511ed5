import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EditorPage } from '../pages/editor.page';
import { SignInPage } from '../pages/sign-in.page';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { editorNode, storedGraph, triggerOnlyWorkflow } from '../support/editor-data';

// A non-blocking trigger no other scenario uses.
const TRIGGER = 'user-after-save';

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));
const filesDir = mkdtempSync(join(tmpdir(), 'mwp-e2e-editor-'));
test.afterAll(() => rmSync(filesDir, { recursive: true, force: true }));
const shot = (page: Page, name: string) => page.screenshot({ path: join(E2E.artifactsDir, `editor-rules-${name}.png`) });

/**
 * ```
 * 1(trigger) ─▶ 2(IF :: Generic) ─then▶ 3(IF :: Published) ─then▶ 4(stop-execution)
 *                                └else▶ 5(concurrent task) ─▶ 4
 * ```
 */
const graph = {
  '2': editorNode(2, 'generic-if', 'logic', { output_1: ['3'], output_2: ['5'] }, 300, 0),
  '3': editorNode(3, 'published-if', 'logic', { output_1: ['4'], output_2: [] }, 600, -60),
  '4': editorNode(4, 'stop-execution', 'action', {}, 900, 40),
  '5': editorNode(5, 'concurrent-task', 'logic', { output_1: ['4'] }, 600, 160, { multiple_output_connection: true }),
};

test('a loop and a second connection from one output are refused with a reason; a cyclic file is refused on save', async ({ page }) => {
  // The cyclic graph's save is answered 422 on purpose.
  const errors = watchConsoleErrors(page, [/status of 422/]);
  const workflow = await triggerOnlyWorkflow(TRIGGER, graph, { output_1: ['2'] });
  await page.goto('/workflows');
  await new SignInPage(page).signIn(E2E.adminKey);
  const editor = new EditorPage(page);
  await editor.open(workflow.id);
  await editor.fitView();

  // Non-blocking trigger: MISP's warnings on the blocking node (check-graph path warning + module notification).
  await expect(editor.nodeCard('4')).toContainText('This path leads to a blocking node from a non-blocking context');
  await shot(page, '01-warnings');

  // 3 "else" → 2 would close 2 → 3 → 2.
  await editor.connect({ node: '3', output: 'output_2' }, { node: '2', input: 'input_1' });
  await expect(editor.notice()).toContainText('Refused: this connection would create a loop (generic-if (2) → published-if (3) → generic-if (2))');
  await expect(editor.edge('3', 'output_2', '2', 'input_1')).toHaveCount(0);
  await shot(page, '02-loop-refused');

  // 2 "then" already goes to 3: a second connection from that output is refused…
  await editor.connect({ node: '2', output: 'output_1' }, { node: '4', input: 'input_1' });
  await expect(editor.notice()).toContainText('output output_1 of generic-if (2) is already connected');
  await expect(editor.edge('2', 'output_1', '4', 'input_1')).toHaveCount(0);
  await shot(page, '03-second-connection-refused');

  // …but a concurrent task may fan out.
  await editor.connect({ node: '5', output: 'output_1' }, { node: '3', input: 'input_1' });
  await expect(editor.edge('5', 'output_1', '3', 'input_1')).toBeVisible();

  // The keyboard way gives the same answer: in 3's connections, its "else" cannot go back to 2.
  await editor.select('3');
  const connectElse = editor.inspector().getByLabel('Connect output_2 to');
  await expect(connectElse.locator('option', { hasText: 'generic-if (2) (refused)' })).toHaveCount(1);
  await connectElse.selectOption({ label: 'generic-if (2) (refused)' });
  await editor.inspector().getByRole('button', { name: 'Connect', exact: true }).nth(1).click();
  await expect(editor.notice()).toContainText('would create a loop');
  await editor.deselect();
  await editor.save();
  const stored = await storedGraph(workflow.id);
  expect(stored['5']?.outputs).toEqual({ output_1: { connections: [{ node: '4', output: 'input_1' }, { node: '3', output: 'input_1' }] } });
  expect(stored['3']?.outputs).toEqual({ output_1: { connections: [{ node: '4', output: 'input_1' }] }, output_2: { connections: [] } });

  // A file whose graph has a cycle loads (painted red by check-graph) but the save is refused with the details.
  const cyclic = { ...graph, '4': editorNode(4, 'stop-execution', 'action', {}, 900, 40), '3': editorNode(3, 'published-if', 'logic', { output_1: ['4'], output_2: ['2'] }, 600, -60) };
  const file = join(filesDir, 'cyclic.json');
  writeFileSync(file, JSON.stringify({ format: 'misp-workflow-platform/workflow@1', workflow: { name: 'cyclic', trigger_id: TRIGGER, data: { '1': editorNode(1, TRIGGER, 'trigger', { output_1: ['2'] }, 0, 0), ...cyclic } } }));
  await page.locator('.wf-toolbar input[type="file"]').setInputFiles(file);
  await expect(editor.notice()).toContainText('Loaded the graph of “cyclic”');
  await expect(page.locator('.react-flow__edge.wf-edge--danger')).not.toHaveCount(0);
  await editor.button('Save').click();
  await expect(editor.saveFeedback()).toContainText('Failed to save the workflow: Cannot save a workflow containing a cycle');
  await expect(editor.saveFeedback()).toContainText('Cycle: node');
  await shot(page, '04-cyclic-save-refused');

  // Undo brings back the saved graph: nothing to save.
  await page.keyboard.press('Control+z');
  await expect(editor.saveState()).toHaveText('Saved');
  expect((await storedGraph(workflow.id))['3']?.outputs).toEqual(stored['3']?.outputs);
  expect(errors).toEqual([]);
});
