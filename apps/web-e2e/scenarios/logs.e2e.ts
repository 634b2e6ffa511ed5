import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LogsPage } from '../pages/logs.page';
import { SignInPage } from '../pages/sign-in.page';
import { mispEvent, tlpRedGraph, workflowFor } from '../support/admin-data';
import { apiGet, apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { expectFitsWidth } from '../support/layout';

type LogPage = { data: { id: string; action: string; title: string }[]; total: number };

// Shares the executions scenario's trigger; both set the workflow they need before using it.
const TRIGGER = 'event-after-save-new-from-pull';

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

test('the log paginates, keeps its page in the address bar and filters by action', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  // Debug mode writes start, node and end entries for every run (spec §8.1): enough for several pages of 10.
  const workflow = await workflowFor(TRIGGER, tlpRedGraph(TRIGGER), { debug_enabled: true });
  for (let i = 0; i < 6; i += 1) await apiSend('POST', `/workflows/${workflow.id}/execute`, { data: mispEvent(i % 2 ? ['tlp:red'] : []) });
  await apiSend('PUT', `/workflows/${workflow.id}`, { debug_enabled: false });
  const total = (await apiGet<LogPage>('/logs?limit=1')).total;
  expect(total).toBeGreaterThan(10);

  await page.goto('/logs');
  await new SignInPage(page).signIn(E2E.adminKey);
  const logs = new LogsPage(page);
  await logs.form().getByLabel('Per page').selectOption('10');
  await expect(logs.rows()).toHaveCount(10);
  await expect(logs.pager()).toContainText(`Page 1 of ${Math.ceil(total / 10)}`);
  await expect(logs.pager()).toContainText(`1–10 of ${total}`);
  const firstOnPage1 = await logs.rows().first().getAttribute('data-log');
  await expectFitsWidth(page);
  await page.screenshot({ path: join(E2E.artifactsDir, 'logs.png'), fullPage: true });

  await logs.pager().getByRole('button', { name: 'Next →' }).click();
  await expect(logs.pager()).toContainText(`Page 2 of ${Math.ceil(total / 10)}`);
  await expect(page).toHaveURL(/limit=10&page=2/);
  const secondPage = (await apiGet<LogPage>('/logs?limit=10&page=2')).data;
  await expect(logs.rows().first()).toHaveAttribute('data-log', secondPage[0].id);
  expect(secondPage[0].id).not.toBe(firstOnPage1);

  await page.reload();
  await expect(logs.pager()).toContainText('Page 2 of');
  await logs.pager().getByRole('button', { name: '← Previous' }).click();
  await expect(logs.pager()).toContainText('Page 1 of');

  // Filter by action: every row matches, the count is the API's.
  await logs.form().getByLabel('Action').fill('execute_workflow');
  await logs.form().getByLabel('Action').press('Enter');
  await expect(page).toHaveURL(/action=execute_workflow/);
  const filtered = await apiGet<LogPage>('/logs?action=execute_workflow&limit=10');
  await expect(logs.pager()).toContainText(`of ${filtered.total}`);
  for (const cell of await logs.rows().locator('td:nth-child(4)').allTextContents()) expect(cell).toBe('execute_workflow');

  await logs.form().getByLabel('Action').fill('no_such_action');
  await logs.form().getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No log entry matches these filters')).toBeVisible();
  await page.screenshot({ path: join(E2E.artifactsDir, 'logs-empty.png'), fullPage: true });
  expect(errors).toEqual([]);
});
