import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** What every signed-in page has: header, main menu, language switch, logout. */
export class AppShell {
  readonly nav: Locator;
  readonly navLinks: Locator;
  readonly heading: Locator;
  readonly logoutButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
    this.navLinks = this.nav.getByRole('link');
    this.heading = page.getByRole('heading', { level: 1 });
    this.logoutButton = page.getByRole('button', { name: /Uitloggen|Sign out/ });
  }

  async expectGreeting(name: string) {
    await expect(this.heading).toHaveText(`Welkom, ${name}`);
  }

  /** The menu holds exactly these links, in this order. */
  async expectNavigation(labels: string[]) {
    await expect(this.navLinks).toHaveText(labels);
  }

  language(name: 'Nederlands' | 'English'): Locator {
    return this.page.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name });
  }

  async switchLanguage(name: 'Nederlands' | 'English') {
    await this.language(name).click();
    await expect(this.language(name)).toHaveAttribute('aria-pressed', 'true');
  }

  async logout() {
    await this.logoutButton.click();
  }
}
