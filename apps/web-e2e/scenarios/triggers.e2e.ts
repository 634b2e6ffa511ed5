import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SignInPage } from '../pages/sign-in.page';
import { TriggersPage } from '../pages/triggers.page';
import { apiDelete } from '../support/admin-data';
import { apiGet, apiSend } from '../support/api';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';
import { expectFitsWidth } from '../support/layout';

type Trigger = { id: string; enabled: boolean; workflow_id: string | null };
type Workflow = { id: string; name: string; debug_enabled: boolean; data?: Record<string, { data: { id: string } }> };

const triggerState = async (id: string) => (await apiGet<Trigger[]>('/triggers')).find((t) => t.id === id);

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

test('the triggers table shows the 17 MISP triggers and an enabled toggle persists', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto('/triggers');
  await new SignInPage(page).signIn(E2E.adminKey);
  const triggers = new TriggersPage(page);
  await expect(triggers.rows()).toHaveCount(17);

  // A high-overhead trigger carries MISP's warning, shown on demand.
  const heavy = triggers.row('attribute-after-save');
  await expect(heavy.getByText('high', { exact: true })).toBeVisible();
  await heavy.getByText('⚠ warning').click();
  await expect(heavy.getByRole('note')).toContainText('Feed pulling or synchronisation');

  const id = 'log-after-save';
  expect((await triggerState(id))?.enabled).toBe(false);
  // Keyboard only: focus the switch and press Space.
  await triggers.enabledSwitch(id).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: `Enabled trigger ${id}` })).toBeVisible();
  expect((await triggerState(id))?.enabled).toBe(true);
  expect((await apiGet<Record<string, unknown>>('/settings'))[`Plugin.Workflow_triggers_${id}`]).toBe(true);

  await page.reload();
  await expect(triggers.enabledSwitch(id)).toBeChecked();
  await expectFitsWidth(page);
  await page.screenshot({ path: join(E2E.artifactsDir, 'triggers.png'), fullPage: true });

  await triggers.enabledSwitch(id).click();
  await expect(triggers.enabledSwitch(id)).not.toBeChecked();
  await expect.poll(async () => (await triggerState(id))?.enabled).toBe(false);
  expect(errors).toEqual([]);
});

test('a trigger without workflow gets one from "Create", and its debug mode toggles', async ({ page }) => {
  const id = 'post-after-save';
  const stale = await triggerState(id);
  if (stale?.workflow_id) await apiDelete(`/workflows/${stale.workflow_id}`);

  await page.goto('/triggers');
  await new SignInPage(page).signIn(E2E.adminKey);
  const triggers = new TriggersPage(page);
  await expect(triggers.debugButton(id)).toBeDisabled();
  await triggers.createButton(id).click();
  await expect(page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);
  const workflowId = page.url().split('/').pop() ?? '';

  const created = await apiGet<Workflow>(`/workflows/${workflowId}`);
  expect(created.name).toBe(`Workflow for trigger ${id}`);
  expect(Object.values(created.data ?? {}).map((n) => n.data.id)).toEqual([id]);
  expect((await triggerState(id))?.workflow_id).toBe(workflowId);

  // Back on the triggers page (the editor is another helper's page: its console is not checked here).
  const errors = watchConsoleErrors(page);
  await page.goto('/triggers');
  await expect(triggers.editLink(id)).toHaveAttribute('href', `/workflows/${workflowId}`);
  await expect(triggers.row(id).getByRole('link', { name: `Workflow for trigger ${id}` })).toBeVisible();

  await expect(triggers.debugButton(id)).toHaveAttribute('aria-pressed', 'false');
  await triggers.debugButton(id).click();
  await expect(triggers.debugButton(id)).toHaveAttribute('aria-pressed', 'true');
  expect((await apiGet<Workflow>(`/workflows/${workflowId}`)).debug_enabled).toBe(true);
  await page.screenshot({ path: join(E2E.artifactsDir, 'triggers-debug.png'), fullPage: true });

  await triggers.debugButton(id).click();
  await expect(triggers.debugButton(id)).toHaveAttribute('aria-pressed', 'false');
  expect((await apiGet<Workflow>(`/workflows/${workflowId}`)).debug_enabled).toBe(false);
  expect(errors).toEqual([]);
});

test('a viewer key sees the triggers read-only', async ({ page }) => {
  const viewer = await apiSend<{ key: string }>('POST', '/api-keys', { name: 'e2e triggers viewer', role: 'viewer' });
  await page.goto('/triggers');
  await new SignInPage(page).signIn(viewer.key);
  const triggers = new TriggersPage(page);
  await expect(triggers.rows()).toHaveCount(17);
  await expect(page.getByText('triggers are read-only')).toBeVisible();
  await expect(triggers.enabledSwitch('event-publish')).toBeDisabled();
  await expect(triggers.debugButton('event-publish')).toBeDisabled();
  await page.screenshot({ path: join(E2E.artifactsDir, 'triggers-viewer.png') });
});
