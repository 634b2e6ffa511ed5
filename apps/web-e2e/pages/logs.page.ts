import { expect, type Locator, type Page } from '@playwright/test';

export class LogsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Logs' }).click();
    await expect(this.page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();
  }

  rows(): Locator {
    return this.page.locator('tr[data-log]');
  }

  pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Log pages' });
  }

  form(): Locator {
    return this.page.getByRole('search', { name: 'Filter the log' });
  }
}
