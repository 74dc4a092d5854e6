import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';
import type { RoleLabel } from './users.page';

/** /admin/users/invite */
export class InviteUserPage {
  readonly heading: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Gebruiker uitnodigen' });
    this.submit = page.getByRole('button', { name: 'Uitnodiging versturen' });
    this.error = page.getByRole('alert');
  }

  async fill(person: {
    name: string;
    email: string;
    roles: RoleLabel[];
    discipline?: string;
    organisation?: string;
    language?: 'Nederlands' | 'English';
  }) {
    await expect(this.heading).toBeVisible();
    await this.page.getByLabel('Naam', { exact: true }).fill(person.name);
    await this.page.getByLabel('E-mailadres').fill(person.email);
    const roles = this.page.getByRole('group', { name: 'Rollen' });
    for (const role of person.roles) await roles.getByRole('checkbox', { name: role }).check();
    if (person.discipline) await this.page.getByLabel('Discipline').selectOption({ label: person.discipline });
    if (person.organisation) await this.page.getByLabel('Organisatie').selectOption({ label: person.organisation });
    if (person.language) await this.page.getByLabel('Taal van de uitnodiging').selectOption({ label: person.language });
  }
}
