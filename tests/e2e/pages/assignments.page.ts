import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The student's /assignments list and /assignments/:id page. */
export class StudentAssignmentsPage {
  readonly heading: Locator;
  readonly text: Locator;
  readonly fileInput: Locator;
  readonly handIn: Locator;
  readonly attempts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.text = page.getByRole('textbox', { name: 'Je tekst' });
    this.fileInput = page.getByLabel('Bestanden toevoegen');
    this.handIn = page.getByRole('button', { name: 'Inleveren', exact: true });
    this.attempts = page.getByRole('region', { name: 'Pogingen' });
  }

  async gotoList() {
    await this.page.goto('/assignments');
    await expect(this.heading).toHaveText('Opdrachten');
  }

  /** The list's row of an assignment. */
  row(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async open(title: string) {
    await this.row(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.heading).toHaveText(title);
  }

  /** Waits until the autosave says the draft is saved. */
  async expectSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{1,2}:\d{2}$/ })).toBeVisible();
  }

  attachedFile(name: string): Locator {
    return this.page.getByRole('list', { name: 'Toegevoegde bestanden' }).getByRole('link', { name });
  }

  /** Hands the draft in through the confirm step. */
  async handInAttempt(attempt: number) {
    await this.handIn.click();
    const dialog = this.page.getByRole('dialog', { name: `Poging ${attempt} inleveren?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ja, inleveren' }).click();
    await expect(this.message(`Je hebt poging ${attempt} ingeleverd. Je docent krijgt bericht.`)).toBeVisible();
  }

  attemptRow(attempt: number): Locator {
    return this.attempts.getByRole('row').filter({ has: this.page.getByRole('link', { name: `Poging ${attempt}` }) });
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
