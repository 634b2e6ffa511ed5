import { expect, type Page } from '@playwright/test';

/** The page fits the 1280 px window the scenarios use: no horizontal scrolling (issue 7: usable from 1280 px). */
export async function expectFitsWidth(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page wider than the window').toBeLessThanOrEqual(client);
}
