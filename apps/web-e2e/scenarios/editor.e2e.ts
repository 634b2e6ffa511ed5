import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from '../pages/editor.page';
import { EditorWorkflowsPage } from '../pages/editor-workflows.page';
import { SignInPage } from '../pages/sign-in.page';
import { mispEvent } from '../support/admin-data';
import { apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { deleteWorkflowOf, storedGraph, withSettings } from '../support/editor-data';

const TRIGGER = 'event-publish';
type HookAnswer = { success: boolean; outcome: string; errors: string[]; execution_id: string };

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));
const shot = (page: Page, name: string) => page.screenshot({ path: join(E2E.artifactsDir, `editor-${name}.png`) });

test('build the tlp:red blocking workflow by drag and drop, save it, fire the trigger and watch the run live', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsoleErrors(page);
  await deleteWorkflowOf(TRIGGER);
  await page.goto('/workflows');
  await new SignInPage(page).signIn(E2E.adminKey);
  const list = new EditorWorkflowsPage(page);
  await list.create(TRIGGER, 'Block tlp:red publishing');
  const editor = new EditorPage(page);
  await editor.waitLoaded();
  await expect(editor.nodeCard('1')).toContainText('Event Publish');
  await shot(page, '01-new-workflow');

  // Drag IF :: Tag and Stop execution from the module panel onto the canvas.
  await editor.dragOntoCanvas(editor.paletteModule('tag-if'), { x: 60, y: 60 });
  await expect(editor.nodesOf('tag-if')).toHaveCount(1);
  await editor.dragOntoCanvas(editor.paletteModule('stop-execution'), { x: 260, y: 420 });
  await expect(editor.nodesOf('stop-execution')).toHaveCount(1);
  await expect(editor.saveState()).toHaveText('Unsaved changes');

  // Configure the IF from its generated form: inherited attribute scope, tag picker with a free entry.
  await editor.select('2');
  await editor.param('scope').getByRole('combobox').selectOption('event_attribute');
  await editor.pick('tags', 'tlp:red');
  await shot(page, '02-if-form');
  await editor.select('3');
  await editor.param('message').getByRole('textbox').fill('tlp:red events are not published');

  // Connect trigger → IF and IF "then" → stop execution, then arrange the graph left to right.
  await editor.fitView();
  await editor.connect({ node: '1', output: 'output_1' }, { node: '2', input: 'input_1' });
  await expect(editor.edge('1', 'output_1', '2', 'input_1')).toBeVisible();
  await editor.connect({ node: '2', output: 'output_1' }, { node: '3', input: 'input_1' });
  await expect(editor.edge('2', 'output_1', '3', 'input_1')).toBeVisible();
  await editor.deselect();
  await editor.button('Auto-layout').click();
  await expect(editor.node('3')).toBeInViewport();
  await page.waitForTimeout(300); // the fit-view animation
  await shot(page, '03-built');

  await editor.save();
  const workflowId = page.url().split('/').pop() ?? '';
  const graph = await storedGraph(workflowId);
  expect(Object.keys(graph)).toEqual(['1', '2', '3']);
  expect(graph['1']?.outputs).toEqual({ output_1: { connections: [{ node: '2', output: 'input_1' }] } });
  expect(graph['2']?.data).toMatchObject({ id: 'tag-if', indexed_params: { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] } });
  expect(graph['2']?.outputs).toEqual({ output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } });
  expect(graph['3']?.inputs).toEqual({ input_1: { connections: [{ node: '2', input: 'output_1' }] } });
  expect(graph['3']?.data).toMatchObject({ id: 'stop-execution', indexed_params: { message: 'tlp:red events are not published' } });

  // Fold the module panel away: the canvas gets the room to show the run.
  await editor.button('Modules').click();
  await expect(editor.paletteModule('tag-if')).toHaveCount(0);
  await editor.fitView();

  await withSettings({ 'Plugin.Workflow_enable': true, [`Plugin.Workflow_triggers_${TRIGGER}`]: true }, async () => {
    await expect(editor.liveStatus()).toHaveText('Live');
    // MISP publishes an event tagged tlp:red: the hook answers `blocked`, the canvas follows the run.
    const answer = await apiSend<HookAnswer>('POST', `/hooks/misp/${TRIGGER}`, { data: mispEvent(['tlp:red']) });
    expect(answer).toMatchObject({ success: false, outcome: 'blocked' });
    await expect(editor.nodeCard('1')).toHaveAttribute('data-status', 'success');
    await expect(editor.nodeCard('2')).toHaveAttribute('data-status', 'success');
    await expect(editor.nodeCard('3')).toHaveAttribute('data-status', 'blocked');
    await expect(editor.runOutcome()).toHaveText('blocked');
    await expect(page.locator('.react-flow__edge.wf-edge--taken')).toHaveCount(2);
    await expect(page.locator('.wf-editor__side')).toContainText('tlp:red events are not published');
    await shot(page, '04-live-blocked');

    await editor.select('3');
    await expect(editor.inspector()).toContainText('Last run');
    await expect(editor.inspector().locator('.wf-badge--blocked')).toBeVisible();
    await expect(editor.inspector().getByLabel('Data preview')).toContainText('tlp:red');
    await shot(page, '05-node-trace');

    // A clean event goes through: the IF takes its else branch, nothing is blocked.
    await editor.deselect();
    const clean = await apiSend<HookAnswer>('POST', `/hooks/misp/${TRIGGER}`, { data: mispEvent(['tlp:green']) });
    expect(clean.outcome).toBe('success');
    await expect(editor.runOutcome()).toHaveText('success');
    await expect(editor.nodeCard('3')).toHaveAttribute('data-status', '');
    await expect(page.locator('.react-flow__edge.wf-edge--taken')).toHaveCount(1);
    await shot(page, '06-live-success');
  });

  // "Run with data" with a sample event, without MISP.
  await editor.button('Run with data').click();
  const dialog = page.getByRole('dialog', { name: 'Run with data' });
  await dialog.getByLabel('Sample').selectOption('tlp-red-attribute');
  await shot(page, '07-run-dialog');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.runOutcome()).toHaveText('blocked');
  await expect(editor.nodeCard('3')).toHaveAttribute('data-status', 'blocked');
  await shot(page, '08-run-with-data');
  expect(errors).toEqual([]);
});
