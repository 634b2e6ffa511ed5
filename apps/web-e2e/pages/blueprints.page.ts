import { expect, type Locator, type Page } from '@playwright/test';

export class BlueprintsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blueprints' }).click();
    await expect(this.page.getByRole('heading', { name: 'Blueprints', level: 1 })).toBeVisible();
    await expect(this.page.locator('tr[data-blueprint]').first()).toBeVisible();
  }

  row(uuid: string): Locator {
    return this.page.locator(`tr[data-blueprint="${uuid}"]`);
  }

  /** The hidden file input behind "Import blueprint file…". */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import blueprint file…' }).click();
    await (await chooser).setFiles(path);
  }

  importMessage(): Locator {
    return this.page.locator('.import-result');
  }
}
