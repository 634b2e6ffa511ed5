import { expect, type Page } from '@playwright/test';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(key: string): Promise<void> {
    await this.page.getByLabel('API key').fill(key);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }

  async expectError(text: string): Promise<void> {
    await expect(this.page.locator('#api-key-error')).toContainText(text);
  }
}
