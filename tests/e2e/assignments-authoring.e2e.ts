import { randomBytes } from 'node:crypto';
import { authFile } from './support/env';
import { expect, test } from './support/fixtures';

const COHORT = 'Kerncursus – lesgroep A';

test.use({ storageState: authFile('admin') });

test('the admin writes an assignment with a rubric on a module and sets a cohort’s due date', async ({
  page,
  admin,
}) => {
  // A draft module of its own: students never see it, so no demo module gains an assignment.
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>('{ tracks { id code } }');
  const { createModule } = await admin.run<{ createModule: { id: string } }>(
    'mutation ($input: CreateModuleInput!) { createModule(input: $input) { id } }',
    {
      input: {
        trackId: tracks.find((t) => t.code === 'CORE')!.id,
        title: `Casuïstiek ${randomBytes(3).toString('hex')}`,
      },
    },
  );
  const title = `Casusbespreking ${randomBytes(3).toString('hex')}`;
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto(`/admin/catalogue/modules/${createModule.id}`);
  const section = page.getByRole('region', { name: 'Opdrachten' });
  await expect(section).toContainText('Deze module heeft nog geen opdrachten.');
  await section.getByRole('link', { name: 'Nieuwe opdracht' }).click();
  await expect(heading).toHaveText('Nieuwe opdracht');

  // The API names each missing field; the form marks it.
  await page.getByRole('button', { name: 'Opdracht aanmaken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer de 2 gemarkeerde velden.' })).toBeVisible();
  await expect(page.getByText('Vul een titel in.')).toBeVisible();
  await expect(page.getByText('Geef het criterium een titel.')).toBeVisible();

  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Instructies').fill('Bespreek een **casus** uit je eigen praktijk.');
  await page.getByLabel('Titel van criterium 1').fill('Analyse van de casus');
  await page.getByLabel('Criterium 1, niveau 3: Punten').fill('3');
  await page.getByRole('button', { name: 'Criterium toevoegen' }).click();
  await page.getByLabel('Titel van criterium 2').fill('Bronnen vermeld');
  await page.getByLabel('Soort van criterium 2').selectOption({ label: 'Behaald of niet behaald' });
  await page.getByLabel('Minimum aantal punten voor een voldoende').fill('2');
  await page.getByRole('button', { name: 'Opdracht aanmaken' }).click();
  await expect(heading).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: `Opdracht „${title}” aangemaakt.` })).toBeVisible();

  // A due date for the demo cohort, in Amsterdam time.
  await page.getByLabel(`Inleveren vóór (${COHORT})`).fill('2027-01-15T17:00');
  await page.getByRole('button', { name: `Inleverdatum voor ${COHORT} opslaan` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Inleverdatum voor ${COHORT}: 15 jan 2027, 17:00.` }),
  ).toBeVisible();

  // Stored as written: the rubric in order, the pass rule, and the due date as an instant.
  const assignmentId = new URL(page.url()).pathname.split('/').at(-1)!;
  const { assignment } = await admin.run<{
    assignment: {
      passMinPoints: number;
      rubric: { maxPoints: number; criteria: { title: string; kind: string; levels: { points: number }[] }[] };
      dueDates: { dueAt: string }[];
    };
  }>(
    'query ($id: ID!) { assignment(id: $id) { passMinPoints rubric { maxPoints criteria { title kind levels { points } } } dueDates { dueAt } } }',
    { id: assignmentId },
  );
  expect(assignment.passMinPoints).toBe(2);
  expect(assignment.rubric.maxPoints).toBe(4);
  expect(assignment.rubric.criteria.map((c) => [c.title, c.kind, c.levels.map((l) => l.points)])).toEqual([
    ['Analyse van de casus', 'POINTS', [0, 1, 3]],
    ['Bronnen vermeld', 'PASS_FAIL', []],
  ]);
  expect(assignment.dueDates.map((d) => d.dueAt)).toContain('2027-01-15T16:00:00.000Z');

  // The module editor lists it.
  await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').last().click();
  await expect(section.getByRole('link', { name: title })).toBeVisible();
  await expect(section).toContainText('2 criteria');
});
