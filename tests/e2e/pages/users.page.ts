import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

export const ROLE_LABELS = {
  STUDENT: 'Cursist',
  DOCENT: 'Docent',
  CONFIDANT: 'Vertrouwenspersoon',
  ADMIN: 'Beheerder',
} as const;
export type RoleLabel = (typeof ROLE_LABELS)[keyof typeof ROLE_LABELS];

/** The admin's /admin/users page. */
export class UsersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly roleFilter: Locator;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Gebruikers' });
    this.search = page.getByLabel('Zoek op naam of e-mail');
    this.roleFilter = page.getByLabel('Rol', { exact: true });
    this.table = page.getByRole('table');
    this.dialog = page.getByRole('dialog');
  }

  async goto() {
    await this.page.goto('/admin/users');
    await expect(this.heading).toBeVisible();
  }

  async filter({ search = '', role }: { search?: string; role?: RoleLabel | 'Alle rollen' }) {
    await this.search.fill(search);
    if (role) await this.roleFilter.selectOption({ label: role });
    await this.page.getByRole('button', { name: 'Zoeken' }).click();
  }

  /** Shows only `name` (searching is how an admin finds someone among many). */
  async find(name: string) {
    await this.filter({ search: name, role: 'Alle rollen' });
    await expect(this.rows()).toHaveCount(1);
    await expect(this.row(name)).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The polite success message at the top of the page. */
  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  async setRoles(name: string, roles: RoleLabel[]) {
    await this.page.getByRole('button', { name: `Rollen wijzigen van ${name}` }).click();
    await expect(this.dialog).toBeVisible();
    for (const label of Object.values(ROLE_LABELS)) {
      await this.dialog.getByRole('checkbox', { name: label }).setChecked(roles.includes(label));
    }
    await this.dialog.getByRole('button', { name: 'Rollen opslaan' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.message(`De rollen van ${name} zijn opgeslagen.`)).toBeVisible();
  }

  async openDeactivate(name: string) {
    await this.page.getByRole('button', { name: `${name} deactiveren` }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('heading', { name: `${name} deactiveren?` })).toBeVisible();
  }

  async deactivate(name: string) {
    await this.openDeactivate(name);
    await this.dialog.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.message(`${name} is gedeactiveerd.`)).toBeVisible();
  }

  async reactivate(name: string) {
    await this.page.getByRole('button', { name: `${name} heractiveren` }).click();
    await this.dialog.getByRole('button', { name: 'Ja, heractiveren' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.message(`${name} is weer actief.`)).toBeVisible();
  }
}
