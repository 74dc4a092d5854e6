// Keyboard only: Tab, Shift+Tab, Enter, Space, arrow keys and typing; no pointer at all. The
// docent grades a waiting piece of work from the demo queue; the admin forms in-company groups,
// moves a student and commits.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { FormGroupsPage, ProposalPage } from './pages/cohorts.page';
import { GradingPage } from './pages/grading.page';
import { uniquePerson, type GraphQLClient } from './support/api';
import { authFile } from './support/env';
import { expect, test } from './support/fixtures';
import { tabTo, watchPointer } from './support/keyboard';

/** The demo reflection handed in late by a fellow student of the demo cohort (libs/database seed). */
const LATE_AUTHOR = 'Meryem Aydın';
const REFLECTION = 'Reflectie: de eerste 1001 dagen in je eigen praktijk';

/** A focused radio group moves its choice with the arrow keys; Space picks the focused one. */
async function chooseWithArrows(page: Page, steps: number) {
  if (steps === 0) await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
}

test.describe('as docent', () => {
  test.use({ storageState: authFile('docent') });

  test('the docent opens late work from the queue, scores the rubric, writes feedback and releases, by keyboard', async ({
    page,
  }) => {
    const noPointer = await watchPointer(page);
    const grading = new GradingPage(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Petra Holt');

    // The menu, then the late reflection in the queue.
    await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' }));
    await page.keyboard.press('Enter');
    await expect(grading.heading).toHaveText('Beoordelen');
    await expect(grading.heading).toBeFocused();
    const row = grading.queueRow(LATE_AUTHOR, 1);
    await expect(row).toContainText(REFLECTION);
    await expect(row).toContainText('te laat');
    await tabTo(page, row.getByRole('link', { name: LATE_AUTHOR }));
    await page.keyboard.press('Enter');
    await expect(grading.heading).toHaveText(`${LATE_AUTHOR} · ${REFLECTION}`);
    await expect(grading.heading).toBeFocused();

    // Each criterion: Tab into its levels, arrows to the level. Pass/fail: Space on "Behaald".
    const theory = grading.criterion('Koppeling met de theorie');
    await tabTo(page, theory.getByRole('radio', { name: /^Onvoldoende ·/ }));
    await chooseWithArrows(page, 2);
    await expect(theory.getByRole('radio', { name: /^Goed ·/ })).toBeChecked();
    await expect(grading.points('Koppeling met de theorie')).toHaveValue('4');

    const reflection = grading.criterion('Reflectie op eigen handelen');
    await tabTo(page, reflection.getByRole('radio', { name: /^Onvoldoende ·/ }));
    await chooseWithArrows(page, 1);
    await expect(reflection.getByRole('radio', { name: /^Voldoende ·/ })).toBeChecked();

    const privacy = grading.criterion('Privacy van het gezin gewaarborgd');
    await tabTo(page, privacy.getByRole('radio', { name: 'Behaald', exact: true }));
    await chooseWithArrows(page, 0);
    await expect(privacy.getByRole('radio', { name: 'Behaald', exact: true })).toBeChecked();
    await expect(page.getByText('Totaal 6 van 7 punten')).toBeVisible();

    await tabTo(page, grading.feedback);
    await page.keyboard.type(
      'Je koppelt de situatie helder aan **stress en veerkracht**. Lever een volgende keer op tijd in.',
    );
    await tabTo(page, grading.saveDraft);
    await page.keyboard.press('Enter');
    await expect(grading.message(/Concept opgeslagen om \d{1,2}:\d{2}/)).toBeVisible();

    // Release: the confirm step opens on its safe choice; Escape closes it and focus comes back.
    await tabTo(page, grading.release);
    await page.keyboard.press('Enter');
    const confirm = grading.dialog(`Beoordeling vrijgeven aan ${LATE_AUTHOR}?`);
    await expect(confirm.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(grading.release).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirm).toContainText('Totaal 6 van 7 punten');
    await tabTo(page, confirm.getByRole('button', { name: 'Ja, vrijgeven' }), { back: true, max: 3 });
    await page.keyboard.press('Enter');
    await expect(grading.message(`Beoordeling vrijgegeven. ${LATE_AUTHOR} krijgt een e-mail.`)).toBeVisible();
    await expect(page.getByText('De beoordeling is vrijgegeven.')).toBeVisible();
    noPointer();
  });
});

test.describe('as admin', () => {
  test.use({ storageState: authFile('admin') });

  test('the admin forms in-company groups, moves a student and commits, by keyboard', async ({ page, admin }) => {
    test.setTimeout(60_000);
    // Four students of an organisation of their own in the core, so the demo pool is not touched.
    const organisation = `Toetsenbord Jeugdzorg ${randomBytes(3).toString('hex')}`;
    await importCoreStudents(admin, organisation, ['Logopedie', 'Kraamzorg', 'Psychologie', 'Verloskunde']);

    const noPointer = await watchPointer(page);
    const form = new FormGroupsPage(page);
    await page.goto('/admin/cohorts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lesgroepen');
    await tabTo(page, page.getByRole('link', { name: 'Groepen vormen' }));
    await page.keyboard.press('Enter');
    await expect(form.heading).toBeFocused();

    // The core, in-company for that organisation: a select answers to typing, a radio group to arrows.
    const track = page.getByLabel('Leerroute', { exact: true });
    await tabTo(page, track);
    await page.keyboard.type('IMH');
    await expect(track.locator('option:checked')).toHaveText('IMH-kerncursus');
    await tabTo(page, page.getByRole('radio', { name: /^Open inschrijving/ }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^In-company/ })).toBeChecked();
    const organisationSelect = page.getByLabel('Organisatie', { exact: true });
    await tabTo(page, organisationSelect);
    await page.keyboard.type(organisation);
    await expect(organisationSelect.locator('option:checked')).toHaveText(organisation);
    await expect(page.getByText('4 cursisten zonder lesgroep')).toBeVisible();

    await tabTo(page, form.minSize);
    await page.keyboard.type('2');
    await tabTo(page, form.maxSize);
    await page.keyboard.type('2');
    await tabTo(page, form.submit);
    await page.keyboard.press('Enter');

    // Two groups of two. Moving one student over breaks the maximum; moving one back mends it.
    const proposal = new ProposalPage(page);
    await expect(proposal.heading).toHaveText('Voorstel: IMH-kerncursus');
    await expect(proposal.heading).toBeFocused();
    const [mover] = await proposal.membersOf(1);
    await tabTo(page, page.getByLabel(`Nieuwe groep voor ${mover}`));
    await expect(page.getByLabel(`Nieuwe groep voor ${mover}`).locator('option:checked')).toHaveText('Groep 2');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `${mover} verplaatsen` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${mover} staat nu in Groep 2.` })).toBeVisible();
    // Focus goes to the group the student went to, where the keyboard user carries on.
    await expect(proposal.group(2).getByRole('heading', { name: 'Groep 2' })).toBeFocused();
    await expect(proposal.problems).toContainText('Groep 2 heeft 3 cursisten, meer dan het maximum van 2.');
    await expect(proposal.commitButton).toBeDisabled();

    const back = (await proposal.membersOf(2)).find((name) => name !== mover)!;
    await tabTo(page, page.getByRole('button', { name: `${back} verplaatsen` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${back} staat nu in Groep 1.` })).toBeVisible();
    await expect(proposal.problems).toHaveCount(0);

    // The period typed into the date fields, a name per group, and commit.
    const tag = randomBytes(2).toString('hex');
    const names = [`Toetsenbord ${tag} – groep 1`, `Toetsenbord ${tag} – groep 2`];
    const [startsOn, endsOn] = [nextYear(2), nextYear(7)];
    await tabTo(page, page.getByLabel('Eerste dag'));
    await page.keyboard.type(startsOn.typed);
    await expect(page.getByLabel('Eerste dag')).toHaveValue(startsOn.iso);
    await tabTo(page, page.getByLabel('Laatste dag'));
    await page.keyboard.type(endsOn.typed);
    await expect(page.getByLabel('Laatste dag')).toHaveValue(endsOn.iso);
    for (const [index, name] of names.entries()) {
      await tabTo(page, page.getByLabel(`Naam van Groep ${index + 1}`));
      await page.keyboard.type(name);
    }
    await tabTo(page, proposal.commitButton);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/admin/cohorts');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '2 lesgroepen aangemaakt. De cursisten en docenten krijgen een e-mail.' }),
    ).toBeVisible();
    for (const name of names) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    noPointer();
  });
});

/**
 * A date next year whose day and month are the same number: typed into a date field as
 * day-month-year digits it reads the same whether the browser orders the field day first
 * (nl) or month first (en-US), so the keyboard journey does not depend on the browser's locale.
 */
function nextYear(dayAndMonth: number): { iso: string; typed: string } {
  const year = new Date().getFullYear() + 1;
  const two = String(dayAndMonth).padStart(2, '0');
  return { iso: `${year}-${two}-${two}`, typed: `${two}${two}${year}` };
}

/** Enrols new students of one organisation in the core through the CSV import (preview, then import). */
async function importCoreStudents(admin: GraphQLClient, organisation: string, disciplines: string[]) {
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>('{ tracks { id code } }');
  const trackId = tracks.find((t) => t.code === 'CORE')!.id;
  const csv = [
    'e-mail,naam,discipline,organisatie',
    ...disciplines.map((discipline) => {
      const person = uniquePerson();
      return `${person.email},${person.name},${discipline},${organisation}`;
    }),
  ].join('\n');
  const { previewEnrollmentCsv } = await admin.run<{
    previewEnrollmentCsv: { previewHash: string; validRowCount: number };
  }>(
    'query ($input: PreviewEnrollmentCsvInput!) { previewEnrollmentCsv(input: $input) { previewHash validRowCount } }',
    { input: { trackId, csv } },
  );
  expect(previewEnrollmentCsv.validRowCount).toBe(disciplines.length);
  await admin.run(
    'mutation ($input: ImportEnrollmentCsvInput!) { importEnrollmentCsv(input: $input) { enrolledCount } }',
    { input: { trackId, csv, previewHash: previewEnrollmentCsv.previewHash } },
  );
}
