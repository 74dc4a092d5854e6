import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The admin's /admin/cohorts list. */
export class CohortsListPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Lesgroepen' });
    this.table = page.getByRole('table', { name: /Lesgroepen/ });
  }

  async goto() {
    await this.page.goto('/admin/cohorts');
    await expect(this.heading).toBeVisible();
  }

  async filter({ track, status }: { track?: string; status?: string }) {
    if (track) await this.page.getByLabel('Leerroute', { exact: true }).selectOption({ label: track });
    if (status) await this.page.getByLabel('Status', { exact: true }).selectOption({ label: status });
    await this.page.getByRole('button', { name: 'Filteren' }).click();
  }

  row(name: string): Locator {
    return this.table.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

/** /admin/cohorts/form: "Groepen vormen". */
export class FormGroupsPage {
  readonly heading: Locator;
  readonly minSize: Locator;
  readonly maxSize: Locator;
  readonly submit: Locator;
  readonly poolSize: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Groepen vormen' });
    this.minSize = page.getByLabel('Minimaal per groep');
    this.maxSize = page.getByLabel('Maximaal per groep');
    this.submit = page.getByRole('button', { name: 'Voorstel maken' });
    this.poolSize = page.getByText(/^\d+ cursisten? zonder lesgroep$/);
  }

  async goto() {
    await this.page.goto('/admin/cohorts/form');
    await expect(this.heading).toBeVisible();
  }

  async chooseTrack(title: string) {
    await this.page.getByLabel('Leerroute', { exact: true }).selectOption({ label: title });
    await expect(this.poolSize).toBeVisible();
  }

  /** How many students the track's pool holds now. */
  async poolCount(): Promise<number> {
    return Number((await this.poolSize.textContent())?.match(/\d+/)?.[0]);
  }

  /** Only these students go into the groups. */
  async chooseStudents(names: readonly string[]) {
    await this.page.getByRole('radio', { name: 'Alleen de cursisten die ik aanvink' }).check();
    for (const name of names) await this.page.getByRole('checkbox', { name: `${name} meenemen` }).check();
    await expect(this.page.getByText(`${names.length} van `)).toBeVisible();
  }

  async setBounds(min: string, max: string) {
    await this.minSize.fill(min);
    await this.maxSize.fill(max);
  }
}

/** /admin/cohorts/proposals/:id: one proposal. */
export class ProposalPage {
  readonly heading: Locator;
  readonly score: Locator;
  readonly gap: Locator;
  readonly chartBars: Locator;
  readonly problems: Locator;
  readonly commitButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Voorstel: / });
    this.score = page.getByTestId('proposal-score');
    this.gap = page.getByTestId('proposal-gap');
    this.chartBars = page.getByRole('img');
    this.problems = page.getByRole('region', { name: 'Nog op te lossen voordat je kunt vastleggen' });
    this.commitButton = page.getByRole('button', { name: /^\d+ lesgroepen? aanmaken$/ });
  }

  /** A group's card, 1-based as the page shows it. */
  group(number: number): Locator {
    return this.page.getByTestId(`group-${number}`);
  }

  /** A statistic of a group ("Cursisten", "Score", …), read from its card. */
  stat(number: number, label: string): Locator {
    return this.group(number).locator('.cohort-stats > div').filter({ hasText: label }).locator('dd');
  }

  async membersOf(number: number): Promise<string[]> {
    return this.group(number).getByRole('rowheader').allTextContents();
  }

  async move(name: string, toGroup: number) {
    await this.page.getByLabel(`Nieuwe groep voor ${name}`).selectOption({ label: `Groep ${toGroup}` });
    await this.page.getByRole('button', { name: `${name} verplaatsen` }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `${name} staat nu in Groep ${toGroup}.` }),
    ).toBeVisible();
    await expect(this.group(toGroup).getByRole('rowheader', { name })).toBeVisible();
  }

  async fillPeriod(startsOn: string, endsOn: string) {
    await this.page.getByLabel('Eerste dag').fill(startsOn);
    await this.page.getByLabel('Laatste dag').fill(endsOn);
  }
}

/** /admin/cohorts/:id: one cohort's details, docents and schedule. */
export class CohortDetailPage {
  readonly dialog: Locator;
  readonly schedule: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.schedule = page.getByRole('table', { name: /^Rooster van / });
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  meeting(topic: string): Locator {
    return this.schedule.locator('tbody tr').filter({ hasText: topic });
  }

  async fillMeeting(fields: { day?: string; start?: string; end?: string; topic?: string; place?: string }) {
    if (fields.day !== undefined) await this.dialog.getByLabel('Datum').fill(fields.day);
    if (fields.start !== undefined) await this.dialog.getByLabel('Begintijd').fill(fields.start);
    if (fields.end !== undefined) await this.dialog.getByLabel('Eindtijd').fill(fields.end);
    if (fields.topic !== undefined) await this.dialog.getByLabel('Onderwerp').fill(fields.topic);
    if (fields.place !== undefined) await this.dialog.getByLabel('Plaats').fill(fields.place);
  }
}
