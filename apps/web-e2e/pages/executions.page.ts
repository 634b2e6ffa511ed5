import { expect, type Locator, type Page } from '@playwright/test';

export class ExecutionsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Executions' }).click();
    await expect(this.page.getByRole('heading', { name: 'Executions', level: 1 })).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`tr[data-execution="${id}"]`);
  }

  async filter(label: 'Workflow' | 'Trigger' | 'Outcome' | 'Time range', value: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Filter executions' }).getByLabel(label).selectOption(value);
  }

  steps(): Locator {
    return this.page.locator('tr[data-step]');
  }
}
