// Forming class groups from the demo core pool. Committing empties that pool, so everything that
// needs it lives in this one file, in order: the refused bad input first, then the journey.
import { AppShell } from './pages/app-shell.page';
import { CohortsListPage, FormGroupsPage, ProposalPage } from './pages/cohorts.page';
import { LoginPage } from './pages/login.page';
import type { GraphQLClient } from './support/api';
import { authFile, DEMO_PASSWORD } from './support/env';
import { expect, test } from './support/fixtures';

const CORE = 'IMH-kerncursus';

/**
 * The 24 demo students in the core without a cohort (libs/database seed). Other journeys enrol
 * people in the core at the same time, so the admin picks exactly these rather than "the pool".
 */
const DEMO_POOL = [
  'Fatima El Amrani',
  'Daan Visser',
  'Lotte Jansen',
  'Sem de Boer',
  'Noor Hendriks',
  'Yusuf Demir',
  'Emma Smit',
  'Lucas Mulder',
  'Julia de Groot',
  'Mila Bos',
  'Ayla Yilmaz',
  'Thijs Vos',
  'Sophie Peters',
  'Bram Dekker',
  'Iris van Leeuwen',
  'Ruben Brouwer',
  'Zeynep Kaya',
  'Jesse van Dijk',
  'Fleur Willems',
  'Milan de Wit',
  'Anna Koster',
  'Samira Ouali',
  'Tim Hoekstra',
  'Eva Meijer',
];
/** Placed elsewhere while the admin is busy, so the first proposal's pool changes under it. */
const PLACED_MEANWHILE = 'Eva Meijer';

test.use({ storageState: authFile('admin') });

test('minimum above maximum is refused at the fields, and nothing is proposed', async ({ page }) => {
  const form = new FormGroupsPage(page);
  await form.goto();
  await form.chooseTrack(CORE);
  await form.setBounds('9', '6');
  await form.submit.click();

  const message = 'Het minimum per groep (9) is groter dan het maximum (6).';
  await expect(form.minSize).toHaveAttribute('aria-invalid', 'true');
  await expect(form.minSize).toHaveAccessibleDescription(message);
  await expect(form.maxSize).toHaveAccessibleDescription(message);
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  // Focus goes to the first field that needs attention.
  await expect(form.minSize).toBeFocused();
  await expect(page).toHaveURL('/admin/cohorts/form');
});

/**
 * Fatima and Daan together, Daan and Lotte together, Fatima and Lotte apart: the "together" pairs
 * put Fatima and Lotte in one group, which the grouping refuses naming them (by id; the portal
 * shows their names and marks their rows).
 */
async function contradictoryPairs(form: FormGroupsPage) {
  await form.setBounds('6', '9');
  await form.addPair('Fatima El Amrani', 'together', 'Daan Visser');
  await form.addPair('Daan Visser', 'together', 'Lotte Jansen');
  await form.addPair('Fatima El Amrani', 'apart', 'Lotte Jansen');
  await form.submit.click();
}

test('a together and apart contradiction marks the two students’ rows and names them, in Dutch', async ({ page }) => {
  const form = new FormGroupsPage(page);
  await form.goto();
  await form.chooseTrack(CORE);
  await contradictoryPairs(form);

  const alert = page.getByRole('alert').filter({ hasText: 'moeten apart, maar staan (via ‘samen’) ook samen.' });
  await expect(alert).toContainText('Fatima El Amrani');
  await expect(alert).toContainText('Lotte Jansen');
  await expect(alert).not.toContainText('Daan Visser');
  for (const name of ['Fatima El Amrani', 'Lotte Jansen']) {
    await expect(form.studentRow(name)).toContainText('controleer deze cursist');
  }
  await expect(form.studentRow('Daan Visser')).not.toContainText('controleer deze cursist');
  await expect(form.studentRow('Sem de Boer')).not.toContainText('controleer deze cursist');
  // The pairs the refusal is about are marked too: the apart pair and the together pairs joining them.
  await expect(form.pairs.getByRole('listitem').filter({ hasText: 'controleer dit paar' })).toHaveCount(3);
  await expect(page).toHaveURL('/admin/cohorts/form');
});

test('a together and apart contradiction marks the rows in English too', async ({ newUser, freshPage }) => {
  const admin = await newUser(['ADMIN'], 'en');
  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(admin.email, admin.password);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const form = new FormGroupsPage(page, 'en');
  await form.goto();
  await form.chooseTrack(CORE);
  await contradictoryPairs(form);

  const alert = page.getByRole('alert').filter({
    hasText: 'must be kept apart, but ‘together’ preferences also put them in one group.',
  });
  await expect(alert).toContainText(/(Fatima El Amrani and Lotte Jansen|Lotte Jansen and Fatima El Amrani)/);
  for (const name of ['Fatima El Amrani', 'Lotte Jansen']) {
    await expect(form.studentRow(name)).toContainText('check this student');
  }
  await expect(form.studentRow('Daan Visser')).not.toContainText('check this student');
});

test('an admin forms groups from the core pool, moves a student, commits, and a student sees their group', async ({
  page,
  admin,
  newUser,
  freshPage,
}) => {
  test.setTimeout(60_000);
  const docent = await newUser(['DOCENT']);

  // The list, then "Groepen vormen": the core pool with its mix of disciplines and organisations.
  const list = new CohortsListPage(page);
  await list.goto();
  await page.getByRole('link', { name: 'Groepen vormen' }).click();
  const form = new FormGroupsPage(page);
  await expect(form.heading).toBeVisible();
  await form.chooseTrack(CORE);
  expect(await form.poolCount()).toBeGreaterThanOrEqual(DEMO_POOL.length);
  await expect(page.getByRole('list', { name: 'Disciplines in de pool' })).toContainText(/Logopedie: \d+/);
  await expect(page.getByRole('list', { name: 'Organisaties in de pool' })).toContainText(/Kraamzorg De Wieg: \d+/);

  await form.chooseStudents(DEMO_POOL);
  await form.setBounds('6', '9');
  await form.submit.click();

  // The proposal: three groups of eight, scores against the bound, and the mix chart.
  const proposal = new ProposalPage(page);
  await expect(proposal.heading).toHaveText(`Voorstel: ${CORE}`);
  await expect(proposal.gap).toHaveText(/^Dit voorstel (zit binnen \d+,\d% van|is) het best haalbare\.$/);
  await expect(proposal.score).toHaveText(/^\d+,\d van 100$/);
  for (const number of [1, 2, 3]) await expect(proposal.stat(number, 'Cursisten')).toHaveText('8');
  await expect(proposal.chartBars).toHaveCount(4); // the pool and three groups
  await expect(proposal.chartBars.nth(1)).toHaveAccessibleName(/^Groep 1: \d+ \S+/);
  await expect(page.getByRole('list', { name: 'Disciplines', exact: true })).toContainText('Logopedie');
  await page.screenshot({ path: '/tmp/cohorts-proposal.png', fullPage: true });

  // Moving one student re-scores the proposal at once.
  const groupOneScoreBefore = await proposal.stat(1, 'Score').textContent();
  const [mover, second] = (await proposal.membersOf(1)).filter((name) => name !== PLACED_MEANWHILE);
  await proposal.move(mover, 2);
  await expect(proposal.stat(1, 'Cursisten')).toHaveText('7');
  await expect(proposal.stat(2, 'Cursisten')).toHaveText('9');
  await expect(proposal.stat(1, 'Score')).not.toHaveText(groupOneScoreBefore!);
  // The overall score shown is the one announced for the new split.
  const scoreAfter = (await proposal.score.textContent())!.replace(' van 100', '');
  await expect(page.getByRole('status').filter({ hasText: `Totaalscore ${scoreAfter}.` })).toBeVisible();
  await expect(proposal.problems).toHaveCount(0);

  // A second move breaks the maximum: the problem is listed and committing waits for it.
  await proposal.move(second, 2);
  await expect(proposal.problems).toContainText('Groep 2 heeft 10 cursisten, meer dan het maximum van 9.');
  await expect(proposal.commitButton).toBeDisabled();
  await expect(proposal.commitButton).toHaveAccessibleDescription(
    'Vastleggen kan pas als alle punten hierboven zijn opgelost.',
  );
  await proposal.move(second, 1);
  await expect(proposal.problems).toHaveCount(0);
  await expect(proposal.commitButton).toBeEnabled();

  // Meanwhile another admin places one of these students in a group of their own.
  const { cohortPool } = await admin.run<{ cohortPool: { trackId: string; students: { id: string; name: string }[] } }>(
    `query ($trackId: ID!) { cohortPool(trackId: $trackId) { trackId students { id name } } }`,
    { trackId: (await trackIdOf(admin, 'CORE'))! },
  );
  const placed = cohortPool.students.find((s) => s.name === PLACED_MEANWHILE)!;
  await admin.run(`mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, {
    input: {
      trackId: cohortPool.trackId,
      name: `Kerncursus losse groep ${Date.now().toString(36)}`,
      period: { startsOn: '2026-09-07', endsOn: '2027-01-29' },
      studentIds: [placed.id],
    },
  });

  // Committing now is refused with a clear way forward: a new proposal for who is still there.
  await proposal.fillPeriod('2026-09-07', '2027-01-29');
  await proposal.commitButton.click();
  const changed = page.getByRole('alert').filter({ hasText: 'De pool is veranderd sinds dit voorstel werd gemaakt.' });
  await expect(changed).toBeVisible();
  await changed.getByRole('button', { name: 'Nieuw voorstel maken' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Nieuw voorstel gemaakt voor de 23 cursisten die nu in de pool zitten.' }),
  ).toBeVisible();
  await expect(proposal.heading).toBeVisible();
  await expect(page.getByText(PLACED_MEANWHILE)).toHaveCount(0);

  // Where Lotte Jansen is, and who is with her, to check her own view afterwards.
  const tag = Date.now().toString(36);
  const names = [1, 2, 3].map((n) => `Kerncursus najaar ${tag} – groep ${n}`);
  let lotteGroup = 0;
  for (const n of [1, 2, 3]) if ((await proposal.membersOf(n)).includes('Lotte Jansen')) lotteGroup = n;
  expect(lotteGroup).toBeGreaterThan(0);
  const peer = (await proposal.membersOf(lotteGroup)).find((name) => name !== 'Lotte Jansen')!;
  const peerDiscipline = await proposal
    .group(lotteGroup)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: peer }) })
    .getByRole('cell')
    .first()
    .textContent();

  await proposal.fillPeriod('2026-09-07', '2027-01-29');
  for (const n of [1, 2, 3]) await page.getByLabel(`Naam van Groep ${n}`).fill(names[n - 1]);
  await page.getByLabel('Docent van Groep 1').selectOption({ label: docent.name });
  await proposal.commitButton.click();

  // The new cohorts are in the list, with their docent and students.
  await expect(page).toHaveURL('/admin/cohorts');
  await expect(list.message('3 lesgroepen aangemaakt. De cursisten en docenten krijgen een e-mail.')).toBeVisible();
  await expect(list.row(names[0])).toContainText(docent.name);
  await expect(list.row(names[0])).toContainText('Gepland');
  for (const name of names) await expect(list.row(name)).toContainText(CORE);
  const sizes = await Promise.all(
    names.map(async (name) => Number(await list.row(name).locator('td').last().textContent())),
  );
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(23);

  // Lotte Jansen signs in and finds her group: fellow students with their disciplines.
  const student = await freshPage();
  const login = new LoginPage(student);
  await login.goto();
  await login.signIn('lotte.jansen@imh.test', DEMO_PASSWORD);
  await new AppShell(student).expectGreeting('Lotte Jansen');
  await new AppShell(student).nav.getByRole('link', { name: 'Mijn lesgroep', exact: true }).click();
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('Mijn lesgroep');
  await expect(student.getByRole('heading', { level: 2 })).toHaveText(names[lotteGroup - 1]);
  const peers = student.getByRole('table', { name: /^Groepsgenoten in / });
  await expect(peers.getByRole('row').filter({ hasText: peer })).toContainText(peerDiscipline!);
  await expect(peers.getByRole('rowheader', { name: 'Lotte Jansen' })).toHaveCount(0);
  // Fellow students see names and disciplines, not employers.
  await expect(peers.getByRole('columnheader')).toHaveText(['Naam', 'Discipline']);
});

async function trackIdOf(admin: GraphQLClient, code: string) {
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>(`{ tracks { id code } }`);
  return tracks.find((track) => track.code === code)?.id;
}
