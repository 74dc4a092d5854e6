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

/** What the form-groups page says, in each language the journeys read it in. */
const FORM_LABELS = {
  nl: {
    heading: 'Groepen vormen',
    track: 'Leerroute',
    minSize: 'Minimaal per groep',
    maxSize: 'Maximaal per groep',
    submit: 'Voorstel maken',
    poolSize: /^\d+ cursisten? zonder lesgroep$/,
    students: 'Cursisten zonder lesgroep',
    pairsLegend: 'Samen of apart',
    pairFirst: 'Cursist',
    pairKind: 'moet',
    pairSecond: 'met cursist',
    together: 'samen in één groep',
    apart: 'niet in dezelfde groep',
    addPair: 'Paar toevoegen',
    pairs: 'Opgegeven paren',
  },
  en: {
    heading: 'Form groups',
    track: 'Learning route',
    minSize: 'Minimum per group',
    maxSize: 'Maximum per group',
    submit: 'Make a proposal',
    poolSize: /^\d+ students? without a class group$/,
    students: 'Students without a class group',
    pairsLegend: 'Together or apart',
    pairFirst: 'Student',
    pairKind: 'must be',
    pairSecond: 'with student',
    together: 'together in one group',
    apart: 'not in the same group',
    addPair: 'Add pair',
    pairs: 'Pairs given',
  },
} as const;

/** /admin/cohorts/form: "Groepen vormen". */
export class FormGroupsPage {
  readonly heading: Locator;
  readonly minSize: Locator;
  readonly maxSize: Locator;
  readonly submit: Locator;
  readonly poolSize: Locator;
  readonly students: Locator;
  readonly pairs: Locator;
  private readonly labels: (typeof FORM_LABELS)['nl' | 'en'];

  constructor(
    readonly page: Page,
    language: 'nl' | 'en' = 'nl',
  ) {
    this.labels = FORM_LABELS[language];
    this.heading = page.getByRole('heading', { level: 1, name: this.labels.heading });
    this.minSize = page.getByLabel(this.labels.minSize);
    this.maxSize = page.getByLabel(this.labels.maxSize);
    this.submit = page.getByRole('button', { name: this.labels.submit });
    this.poolSize = page.getByText(this.labels.poolSize);
    this.students = page.getByRole('table', { name: new RegExp(`^${this.labels.students}`) });
    this.pairs = page.getByRole('list', { name: this.labels.pairs });
  }

  async goto() {
    await this.page.goto('/admin/cohorts/form');
    await expect(this.heading).toBeVisible();
  }

  async chooseTrack(title: string) {
    await this.page.getByLabel(this.labels.track, { exact: true }).selectOption({ label: title });
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

  /** Adds a "together" or "apart" preference for two students. */
  async addPair(first: string, kind: 'together' | 'apart', second: string) {
    const fieldset = this.page.getByRole('group', { name: this.labels.pairsLegend });
    await fieldset.getByLabel(this.labels.pairFirst, { exact: true }).selectOption({ label: first });
    await fieldset.getByLabel(this.labels.pairKind, { exact: true }).selectOption({ label: this.labels[kind] });
    await fieldset.getByLabel(this.labels.pairSecond, { exact: true }).selectOption({ label: second });
    await fieldset.getByRole('button', { name: this.labels.addPair }).click();
  }

  /** A student's row in the pool table. */
  studentRow(name: string): Locator {
    return this.students.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
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
