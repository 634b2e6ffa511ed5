import { expect, type Locator, type Page } from '@playwright/test';

/** `/workflows`: the list, "New workflow" and file import. */
export class EditorWorkflowsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
    await expect(this.page.getByRole('heading', { name: 'Workflows', level: 1 })).toBeVisible();
  }

  row(triggerId: string): Locator {
    return this.page.locator('tr[data-workflow]').filter({ hasText: triggerId });
  }

  /** Creates the workflow of a trigger from the dialog; the editor opens. */
  async create(triggerId: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New workflow' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New workflow' });
    await dialog.getByLabel('Trigger').selectOption(triggerId);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(this.page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);
  }
}
