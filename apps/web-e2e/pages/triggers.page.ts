import { expect, type Locator, type Page } from '@playwright/test';

export class TriggersPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triggers' }).click();
    await expect(this.page.getByRole('heading', { name: 'Triggers', level: 1 })).toBeVisible();
    await expect(this.rows().first()).toBeVisible();
  }

  rows(): Locator {
    return this.page.locator('tr[data-trigger]');
  }

  row(id: string): Locator {
    return this.page.locator(`tr[data-trigger="${id}"]`);
  }

  enabledSwitch(id: string): Locator {
    return this.page.getByRole('switch', { name: `Enable trigger ${id}` });
  }

  debugButton(id: string): Locator {
    return this.page.getByRole('button', { name: `Debug mode of ${id}` });
  }

  createButton(id: string): Locator {
    return this.page.getByRole('button', { name: `Create the workflow of ${id}` });
  }

  editLink(id: string): Locator {
    return this.page.getByRole('link', { name: `Edit the workflow of ${id}` });
  }
}
