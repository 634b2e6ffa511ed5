import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsPage } from '../pages/settings.page';
import { SignInPage } from '../pages/sign-in.page';
import { apiGet, apiSend } from '../support/api';
import { E2E } from '../support/e2e-env';

type Settings = Record<string, unknown>;

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

test('a wrong key is refused at sign-in', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('API key').fill('not-a-valid-key-not-a-valid-key-000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await new SignInPage(page).expectError('not valid');
});

test('sign in, change settings in the UI, see them persisted through the API', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const before = await apiGet<Settings>('/settings');
  expect(before['Plugin.Workflow_enable']).toBe(false);

  await page.goto('/');
  await new SignInPage(page).signIn(E2E.adminKey);
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.field('Plugin.Workflow_enable').check();
  await settings.field('Plugin.Action_timeout').fill('25');
  await settings.save();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 setting(s)' })).toBeVisible();

  const after = await apiGet<Settings>('/settings');
  expect(after['Plugin.Workflow_enable']).toBe(true);
  expect(after['Plugin.Action_timeout']).toBe(25);

  // The page shows what is stored after a reload.
  await page.reload();
  await expect(settings.field('Plugin.Workflow_enable')).toBeChecked();
  await expect(settings.field('Plugin.Action_timeout')).toHaveValue('25');
  await page.screenshot({ path: join(E2E.artifactsDir, 'settings.png'), fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('an invalid value is shown in place and nothing is saved', async ({ page }) => {
  await page.goto('/settings');
  await new SignInPage(page).signIn(E2E.adminKey);
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.field('Plugin.Action_services_port').fill('99999');
  await settings.field('Plugin.Workflow_debug_url').fill('not a url');
  await settings.save();
  await expect(settings.errorOf('Plugin.Action_services_port')).toHaveText('must be at most 65535');
  await expect(settings.errorOf('Plugin.Workflow_debug_url')).toHaveText('must be an http(s) URL');
  await page.screenshot({ path: join(E2E.artifactsDir, 'settings-validation.png'), fullPage: true });

  const stored = await apiGet<Settings>('/settings');
  expect(stored['Plugin.Action_services_port']).toBe(6666);
});

test('a viewer key sees settings read-only', async ({ page }) => {
  const viewer = await apiSend<{ key: string }>('POST', '/api-keys', { name: 'e2e viewer', role: 'viewer' });
  await page.goto('/settings');
  await new SignInPage(page).signIn(viewer.key);
  await expect(page.getByText('settings are read-only')).toBeVisible();
  await expect(page.locator('[data-setting="Plugin.Workflow_enable"] input')).toBeDisabled();
});

test('every section of the shell is reachable from the navigation', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signIn(E2E.adminKey);
  for (const name of ['Triggers', 'Workflows', 'Modules', 'Blueprints', 'Executions', 'Logs', 'Settings']) {
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.screenshot({ path: join(E2E.artifactsDir, `page-${name.toLowerCase()}.png`) });
  }
});
