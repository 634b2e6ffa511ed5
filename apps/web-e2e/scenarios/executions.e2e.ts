import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExecutionsPage } from '../pages/executions.page';
import { SignInPage } from '../pages/sign-in.page';
import { mispEvent, tlpRedGraph, workflowFor } from '../support/admin-data';
import { apiGet, apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { expectFitsWidth } from '../support/layout';

type RunAnswer = { outcome: string; execution_id: string };
type Execution = { id: string; outcome: string; steps: { node_id: number; module_id: string; status: string }[] };

// A trigger no other scenario uses: its workflow is this file's own.
const TRIGGER = 'event-after-save-new-from-pull';

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

test('a run fired through the API is listed, filtered, and its detail shows the steps and replays them', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  const workflow = await workflowFor(TRIGGER, tlpRedGraph(TRIGGER));
  const red = await apiSend<RunAnswer>('POST', `/workflows/${workflow.id}/execute`, { data: mispEvent(['tlp:red']) });
  const clear = await apiSend<RunAnswer>('POST', `/workflows/${workflow.id}/execute`, { data: mispEvent(['tlp:clear']) });
  expect(red.outcome).not.toBe(clear.outcome);
  const detail = await apiGet<Execution>(`/executions/${red.execution_id}`);
  // The trigger node is the first step of a run.
  expect(detail.steps.map((s) => s.module_id)).toEqual([TRIGGER, 'tag-if', 'stop-execution']);

  await page.goto('/executions');
  await new SignInPage(page).signIn(E2E.adminKey);
  const executions = new ExecutionsPage(page);
  await expect(executions.row(red.execution_id)).toContainText(red.outcome);
  await expect(executions.row(clear.execution_id)).toContainText(clear.outcome);
  await expect(executions.row(red.execution_id)).toContainText(workflow.name);
  await expectFitsWidth(page);
  await page.screenshot({ path: join(E2E.artifactsDir, 'executions.png'), fullPage: true });

  // Filters narrow the list and live in the address bar.
  await executions.filter('Workflow', workflow.id);
  await executions.filter('Outcome', red.outcome);
  await expect(page).toHaveURL(new RegExp(`workflow_id=${workflow.id}.*outcome=${red.outcome}`));
  await expect(executions.row(red.execution_id)).toBeVisible();
  await expect(executions.row(clear.execution_id)).toHaveCount(0);
  await executions.filter('Time range', '1h');
  await expect(executions.row(red.execution_id)).toBeVisible();
  await page.reload();
  await expect(executions.row(red.execution_id)).toBeVisible();
  await expect(executions.row(clear.execution_id)).toHaveCount(0);
  await page.screenshot({ path: join(E2E.artifactsDir, 'executions-filtered.png'), fullPage: true });

  // Detail: the steps as recorded, then the replay on the graph.
  await executions.row(red.execution_id).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/executions/${red.execution_id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Execution' })).toBeVisible();
  await expect(executions.steps()).toHaveCount(detail.steps.length);
  for (const [index, step] of detail.steps.entries()) {
    await expect(executions.steps().nth(index)).toContainText(step.module_id);
    await expect(executions.steps().nth(index)).toContainText(step.status);
  }

  const canvas = page.getByRole('region', { name: 'Workflow graph (read only)' });
  await expect(canvas.locator('.react-flow__node')).toHaveCount(3);
  const last = detail.steps.length;
  await expect(page.getByText(`Step ${last} of ${last}`)).toBeVisible();
  await expectFitsWidth(page);
  await page.screenshot({ path: join(E2E.artifactsDir, 'execution-detail.png'), fullPage: true });

  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(page.getByText('Before the first step')).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByText(`Step 2 of ${last}: tag-if ${detail.steps[1].status}`)).toBeVisible();
  await expect(executions.steps().nth(1)).toHaveAttribute('aria-current', 'step');
  await page.screenshot({ path: join(E2E.artifactsDir, 'execution-replay-step2.png'), fullPage: true });
  await page.getByRole('button', { name: `Replay up to step ${last}` }).click();
  await expect(page.getByText(`Step ${last} of ${last}: stop-execution ${detail.steps[last - 1].status}`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unknown execution id shows a clear error', async ({ page }) => {
  await page.goto('/executions/00000000-0000-4000-8000-000000000000');
  await new SignInPage(page).signIn(E2E.adminKey);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('There is no execution 00000000-0000-4000-8000-000000000000');
});
