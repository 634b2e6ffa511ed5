import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SignInPage } from '../pages/sign-in.page';
import { watchConsoleErrors } from '../support/console-errors';
import { E2E } from '../support/e2e-env';

test.beforeAll(() => mkdirSync(E2E.artifactsDir, { recursive: true }));

/** Each admin page and the API list it cannot show anything without. */
const PAGES = [
  { path: '/triggers', api: '/api/v1/triggers' },
  { path: '/workflows', api: '/api/v1/workflows' },
  { path: '/modules', api: '/api/v1/modules' },
  { path: '/blueprints', api: '/api/v1/blueprints' },
  { path: '/executions', api: '/api/v1/executions' },
  { path: '/logs', api: '/api/v1/logs' },
  { path: '/settings', api: '/api/v1/settings/definitions' },
] as const;

/** The API answers 503 with the contract's error body, as it does when its database is down. */
async function failApi(page: Page, api: string): Promise<() => Promise<void>> {
  const matches = (url: URL) => url.pathname === api;
  await page.route(matches, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'dependency_down', message: 'The database is not reachable' } }) }),
  );
  return () => page.unroute(matches);
}

test('every page shows an error with Retry when the API fails, and recovers on Retry', async ({ page }) => {
  // Chromium logs every failed request; the 503s are provoked here.
  const errors = watchConsoleErrors(page, [/status of 503/]);
  await page.goto('/triggers');
  await new SignInPage(page).signIn(E2E.adminKey);

  for (const [i, { path, api }] of PAGES.entries()) {
    const restore = await failApi(page, api);
    await page.goto(path);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load' });
    // The query is tried twice (retry: 1) before the page gives up.
    await expect(alert, path).toContainText('The database is not reachable', { timeout: 15_000 });
    if (i === 0) await page.screenshot({ path: join(E2E.artifactsDir, 'states-error-retry.png'), fullPage: true });
    await restore();
    const reloaded = page.waitForResponse((r) => new URL(r.url()).pathname === api && r.status() === 200);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await reloaded;
    await expect(alert, path).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('the navigation and page controls are reachable and usable with the keyboard alone', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto('/triggers');
  await new SignInPage(page).signIn(E2E.adminKey);
  await expect(page.getByRole('heading', { name: 'Triggers', level: 1 })).toBeVisible();

  // Tab from the top of the page until the Modules link has the focus, then follow it with Enter.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const focused: string[] = [];
  for (let i = 0; i < 30 && !focused.includes('Modules'); i += 1) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
  }
  expect(focused).toEqual(expect.arrayContaining(['Triggers', 'Workflows', 'Modules']));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/modules$/);
  await expect(page.getByRole('heading', { name: 'Modules', level: 1 })).toBeVisible();

  // The focus is visible where it lands: the focused element draws an outline or a ring.
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', shadow: style.boxShadow !== 'none' };
  });
  expect(ring && (ring.outline || ring.shadow)).toBe(true);
  expect(errors).toEqual([]);
});
