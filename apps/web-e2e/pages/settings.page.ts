import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(this.field('Plugin.Workflow_enable')).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.locator(`[data-setting="${name}"]`).locator('input');
  }

  errorOf(name: string): Locator {
    return this.page.locator(`[data-setting="${name}"]`).locator('.field-error');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }
}
