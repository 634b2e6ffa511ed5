import { expect, type Locator, type Page } from '@playwright/test';

export class ModulesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modules' }).click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Modules', level: 1 })).toBeVisible();
    await expect(this.page.locator('tr[data-module]').first()).toBeVisible();
  }

  rows(): Locator {
    return this.page.locator('tr[data-module]');
  }

  enabledSwitch(id: string): Locator {
    return this.page.getByRole('switch', { name: `Enable module ${id}` });
  }

  async filter(label: 'Class' | 'Source' | 'State', value: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Filter modules' }).getByLabel(label).selectOption(value);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Filter modules' }).getByLabel('Search').fill(text);
  }
}
