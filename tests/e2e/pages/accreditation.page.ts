import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The student's registers and points on "Mijn certificaten" (/certificates), in Dutch. */
export class MyRegistersSection {
  readonly section: Locator;
  readonly register: Locator;
  readonly number: Locator;
  readonly save: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Mijn registers' });
    this.register = this.section.getByLabel('Register', { exact: true });
    this.number = this.section.getByLabel('Registratienummer');
    this.save = this.section.getByRole('button', { name: 'Nummer opslaan' });
    this.status = this.section.getByRole('status');
  }

  async goto() {
    await this.page.goto('/certificates');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Mijn certificaten' })).toBeVisible();
    await expect(this.section).toBeVisible();
  }

  async record(number: string) {
    await this.number.fill(number);
    await this.save.click();
  }
}

/** The admin's export of accreditation points on "Certificaten" (/admin/certificates), in Dutch. */
export class AccreditationExportSection {
  readonly section: Locator;
  readonly register: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly run: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Accreditatiepunten exporteren' });
    this.register = this.section.getByLabel('Register', { exact: true });
    this.from = this.section.getByLabel('Vanaf');
    this.to = this.section.getByLabel('Tot en met');
    this.run = this.section.getByRole('button', { name: 'Export maken' });
  }

  async goto() {
    await this.page.goto('/admin/certificates');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Certificaten' })).toBeVisible();
    await expect(this.register).toBeEnabled();
  }

  async exportOf(registerLabel: string, from: string, to: string) {
    await this.register.selectOption({ label: registerLabel });
    await this.from.fill(from);
    await this.to.fill(to);
    await this.run.click();
  }
}
