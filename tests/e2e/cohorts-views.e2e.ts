// What docents and students see of their class groups, and the admin's cohort page. None of
// these needs the demo pool (cohorts-forming.e2e.ts consumes it).
import { AppShell } from './pages/app-shell.page';
import { CohortDetailPage, CohortsListPage } from './pages/cohorts.page';
import { authFile, DEMO_USERS } from './support/env';
import { expect, test } from './support/fixtures';

const DEMO_COHORT = 'Kerncursus – lesgroep A';
const DEMO_TOPICS = [
  'Kennismaking en de eerste 1001 dagen',
  'Hechting in de praktijk',
  'Casusbespreking multidisciplinair',
];

test.describe('as docent', () => {
  test.use({ storageState: authFile('docent') });

  test('the docent sees the cohorts they teach: members with discipline and organisation, and the schedule', async ({
    page,
  }) => {
    await page.goto('/');
    await new AppShell(page).nav.getByRole('link', { name: 'Mijn lesgroepen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn lesgroepen');

    const cohort = page.getByRole('region', { name: DEMO_COHORT, exact: true });
    await expect(cohort).toContainText('IMH-kerncursus');
    await expect(cohort).toContainText('Loopt');
    const members = cohort.getByRole('table', { name: `Cursisten van ${DEMO_COHORT}` });
    await expect(members.getByRole('columnheader')).toHaveText(['Naam', 'Discipline', 'Organisatie', 'E-mailadres']);
    await expect(members.getByRole('row').filter({ hasText: DEMO_USERS.student.name })).toContainText(
      DEMO_USERS.student.email,
    );

    const schedule = cohort.getByRole('table', { name: `Rooster van ${DEMO_COHORT}` });
    for (const topic of DEMO_TOPICS) await expect(schedule).toContainText(topic);
    // Amsterdam wall-clock times, the past meeting marked, an online meeting as a link.
    await expect(schedule.getByRole('row').filter({ hasText: DEMO_TOPICS[0] })).toContainText('09:30–13:00');
    await expect(schedule.getByRole('row').filter({ hasText: DEMO_TOPICS[0] })).toContainText('geweest');
    await expect(schedule.getByRole('link', { name: /Online deelnemen/ })).toHaveAttribute(
      'href',
      'https://meet.imh.test/kerncursus-a',
    );
    await expect(page.locator('h1')).toHaveCount(1);
    await page.screenshot({ path: '/tmp/cohorts-docent.png', fullPage: true });
  });

  test('a docent cannot reach the form-groups page', async ({ page }) => {
    await page.goto('/admin/cohorts/form');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(page.getByRole('button', { name: 'Voorstel maken' })).toHaveCount(0);
  });
});

test.describe('as student', () => {
  test.use({ storageState: authFile('student') });

  test('the demo student sees their running cohort: fellow students, docents and schedule', async ({ page }) => {
    await page.goto('/');
    await new AppShell(page).nav.getByRole('link', { name: 'Mijn lesgroep', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn lesgroep');
    const cohort = page.getByRole('region', { name: DEMO_COHORT, exact: true });
    await expect(cohort).toContainText('IMH-kerncursus');
    await expect(cohort.getByRole('list', { name: 'Docenten' })).toContainText(DEMO_USERS.docent.name);
    const schedule = cohort.getByRole('table', { name: `Rooster van ${DEMO_COHORT}` });
    for (const topic of DEMO_TOPICS) await expect(schedule).toContainText(topic);
  });

  test('a student cannot reach the form-groups page', async ({ page }) => {
    await page.goto('/admin/cohorts/form');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  });
});

test.describe('as admin', () => {
  test.use({ storageState: authFile('admin') });

  test('the admin finds a cohort, adds and removes a docent, and plans, changes and removes a meeting', async ({
    page,
    admin,
    newUser,
  }) => {
    const docent = await newUser(['DOCENT']);
    const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>(`{ tracks { id code } }`);
    const name = `Generalist voorjaar ${Date.now().toString(36)}`;
    await admin.run(`mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, {
      input: {
        trackId: tracks.find((track) => track.code === 'GENERALIST')!.id,
        name,
        period: { startsOn: '2027-02-01', endsOn: '2027-06-30' },
      },
    });

    const list = new CohortsListPage(page);
    await list.goto();
    await expect(list.row(DEMO_COHORT)).toContainText(DEMO_USERS.docent.name);
    await list.filter({ track: 'Route IMH generalist', status: 'Gepland' });
    await expect(page).toHaveURL(/track=.*status=PLANNED/);
    await expect(list.row(DEMO_COHORT)).toHaveCount(0);
    await expect(list.row(name)).toContainText('Nog geen docent');
    await list.row(name).getByRole('link', { name }).click();

    const detail = new CohortDetailPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Deze lesgroep heeft nog geen cursisten.')).toBeVisible();

    // Docents: add one, then remove them again.
    await page.getByLabel('Docent toevoegen').selectOption({ label: docent.name });
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(detail.message(`${docent.name} is als docent toegevoegd en krijgt een e-mail.`)).toBeVisible();
    await page.getByRole('button', { name: `${docent.name} als docent verwijderen` }).click();
    await expect(detail.message(`${docent.name} is geen docent meer van deze lesgroep.`)).toBeVisible();
    await expect(page.getByRole('button', { name: `${docent.name} als docent verwijderen` })).toHaveCount(0);

    // The schedule: a meeting without place or link is refused at the field; then it is planned.
    await expect(page.getByText('Er staan nog geen bijeenkomsten op het rooster.')).toBeVisible();
    await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await detail.fillMeeting({ day: '2027-03-29', start: '09:30', end: '12:00', topic: 'Werken rond het kind' });
    await detail.dialog.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(detail.dialog.getByLabel('Plaats')).toHaveAccessibleDescription(
      /Vul een plaats of een online link in\.$/,
    );
    await detail.fillMeeting({ place: 'IMH Academy, Oudegracht 120, Utrecht' });
    await detail.dialog.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(detail.dialog).toBeHidden();
    await expect(detail.message(/staat op het rooster\.$/)).toBeVisible();
    // 29 March 2027 is summer time in Amsterdam: the times read back as entered.
    await expect(detail.meeting('Werken rond het kind')).toContainText('ma 29 mrt 2027');
    await expect(detail.meeting('Werken rond het kind')).toContainText('09:30–12:00');

    await detail
      .meeting('Werken rond het kind')
      .getByRole('button', { name: /wijzigen$/ })
      .click();
    await expect(detail.dialog.getByLabel('Begintijd')).toHaveValue('09:30');
    await detail.fillMeeting({ start: '10:00', end: '13:30' });
    await detail.dialog.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(detail.dialog).toBeHidden();
    await expect(detail.meeting('Werken rond het kind')).toContainText('10:00–13:30');

    await detail
      .meeting('Werken rond het kind')
      .getByRole('button', { name: /verwijderen$/ })
      .click();
    await detail.dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(detail.dialog).toBeHidden();
    await expect(page.getByText('Er staan nog geen bijeenkomsten op het rooster.')).toBeVisible();
  });
});
