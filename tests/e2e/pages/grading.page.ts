import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The docent's /grading queue and /grading/:submissionId page. */
export class GradingPage {
  readonly heading: Locator;
  readonly feedback: Locator;
  readonly saveDraft: Locator;
  readonly release: Locator;
  readonly requestRevision: Locator;
  readonly releaseSelected: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.feedback = page.getByRole('textbox', { name: 'Feedback' });
    this.saveDraft = page.getByRole('button', { name: 'Concept opslaan' });
    this.release = page.getByRole('button', { name: 'Vrijgeven…' });
    this.requestRevision = page.getByRole('button', { name: 'Revisie vragen…' });
    this.releaseSelected = page.getByRole('button', { name: /^Geselecteerde vrijgeven/ });
  }

  async gotoQueue() {
    await this.page.goto('/grading');
    await expect(this.heading).toHaveText('Beoordelen');
  }

  /** A row of the queue: the student's (or pseudonym's) attempt at an assignment. */
  queueRow(name: string, attempt?: number): Locator {
    const rows = this.page
      .getByRole('table', { name: /Ingeleverd werk/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
    return attempt === undefined
      ? rows
      : rows.filter({ has: this.page.getByRole('checkbox', { name: `Selecteer ${name}, poging ${attempt}` }) });
  }

  /** One rubric criterion of the scoring form. */
  criterion(title: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${title}`) });
  }

  async chooseLevel(criterion: string, level: string) {
    await this.criterion(criterion)
      .getByRole('radio', { name: new RegExp(`^${level}( ·|$)`) })
      .check();
  }

  points(criterion: string): Locator {
    return this.criterion(criterion).getByRole('spinbutton');
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
