import type { Locator, Page } from '@playwright/test';

/** The pages behind e-mail links: /set-password (invitation) and /reset-password. */
export class ChoosePasswordPage {
  readonly password: Locator;
  readonly confirm: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.password = page.getByLabel('Nieuw wachtwoord');
    this.confirm = page.getByLabel('Herhaal het wachtwoord');
    this.error = page.getByRole('alert');
  }

  async choose(password: string, confirm = password) {
    await this.password.fill(password);
    await this.confirm.fill(confirm);
    await this.page.getByRole('button', { name: /Wachtwoord (instellen|opslaan) en inloggen/ }).click();
  }
}

/** /forgot-password */
export class ForgotPasswordPage {
  readonly email: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel('E-mailadres');
    this.submit = page.getByRole('button', { name: 'Stuur mij een link' });
  }

  async request(email: string) {
    await this.email.fill(email);
    await this.submit.click();
  }
}
