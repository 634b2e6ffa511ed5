import type { Page } from '@playwright/test';

/**
 * Collects the page's console errors and uncaught exceptions; a scenario ends by expecting none. `allow`
 * lists messages a scenario provokes on purpose (Chromium logs every 4xx answer, e.g. an expected 409).
 */
export function watchConsoleErrors(page: Page, allow: RegExp[] = []): string[] {
  const errors: string[] = [];
  const keep = (text: string) => {
    if (!allow.some((re) => re.test(text))) errors.push(text);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') keep(m.text());
  });
  page.on('pageerror', (e) => keep(e.message));
  return errors;
}
