import type { Page } from '@playwright/test';

/** Collects the page's console errors and uncaught exceptions; a scenario ends by expecting none. */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
