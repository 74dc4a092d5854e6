import { GradingPage } from './pages/grading.page';
import { LoginPage } from './pages/login.page';
import {
  cohortOf,
  DEMO_ASSIGNMENT,
  demoAssignment,
  gradeInFull,
  handIn,
  signIn,
  type DemoAssignment,
} from './support/assignments-data';
import { authFile } from './support/env';
import type { GraphQLClient, TestUser } from './support/api';
import { expect, test } from './support/fixtures';

/**
 * Hands in the demo assignment as each student (through the API) and returns their submission
 * ids; `docent` (of their cohort) first passes the students' work in the modules before it.
 */
async function handInAs(students: TestUser[], assignment: DemoAssignment, docent: TestUser): Promise<string[]> {
  const ids: string[] = [];
  const grader = await signIn(docent);
  try {
    for (const student of students) {
      const session = await signIn(student);
      try {
        ids.push(await handIn(session, assignment.id, `Observatie van ${student.name}.`, grader));
      } finally {
        await session.dispose();
      }
    }
  } finally {
    await grader.dispose();
  }
  return ids;
}

async function withSession<T>(user: TestUser, run: (session: GraphQLClient) => Promise<T>): Promise<T> {
  const session = await signIn(user);
  try {
    return await run(session);
  } finally {
    await session.dispose();
  }
}

test.describe('outside one’s own', () => {
  test.use({ storageState: authFile('student') });

  test("a student cannot open another student's attempt or file, nor a docent work outside their cohorts", async ({
    page,
    signedInPage,
    admin,
    newUser,
  }) => {
    // Another student in a cohort of their own hands the report in.
    const assignment = await demoAssignment(admin);
    // Their own docent, not the demo docent.
    const [other, theirDocent] = await Promise.all([newUser(['STUDENT']), newUser(['DOCENT'])]);
    await cohortOf(admin, { trackId: assignment.trackId, docentIds: [theirDocent.id], studentIds: [other.id] });
    const [submissionId] = await handInAs([other], assignment, theirDocent);
    const fileId = await withSession(other, async (session) => {
      const { submission } = await session.run<{ submission: { files: { id: string }[] } }>(
        `query ($id: ID!) { submission(id: $id) { files { id } } }`,
        { id: submissionId },
      );
      return submission.files[0].id;
    });

    // The demo student: the attempt's page does not exist for her, nor does the file.
    await page.goto(`/assignments/${assignment.id}/attempts/${submissionId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page.getByText('Observatie van')).toHaveCount(0);
    expect((await page.request.get(`/files/${fileId}`)).status()).toBe(404);

    // The demo docent does not teach that cohort: no access to the work or its grading.
    const docentPage = await signedInPage('docent');
    await docentPage.goto(`/grading/${submissionId}`);
    await expect(docentPage.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(
      docentPage.getByText('Dit werk hoort bij een lesgroep waarin je niet lesgeeft.', { exact: true }),
    ).toBeVisible();
    await expect(docentPage.getByText('Observatie van')).toHaveCount(0);
  });
});

test('a docent filters the queue and releases several complete grades at once', async ({
  freshPage,
  admin,
  newUser,
}) => {
  // A docent and two students of their own, so the demo cohort and its queue stay untouched.
  const assignment = await demoAssignment(admin);
  const [docent, first, second] = await Promise.all([newUser(['DOCENT']), newUser(['STUDENT']), newUser(['STUDENT'])]);
  await cohortOf(admin, { trackId: assignment.trackId, docentIds: [docent.id], studentIds: [first.id, second.id] });
  const [firstId, secondId] = await handInAs([first, second], assignment, docent);
  // One complete grade, one only started: only the complete one can be released.
  await withSession(docent, async (session) => {
    await gradeInFull(session, firstId, assignment);
    await session.run(`mutation ($input: SaveGradeInput!) { saveGrade(input: $input) { id } }`, {
      input: { submissionId: secondId, scores: [{ criterionId: assignment.criteria[0].id, points: 2 }] },
    });
  });

  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(docent.email, docent.password);
  await expect(page).toHaveURL('/');
  const grading = new GradingPage(page);
  await grading.gotoQueue();
  await expect(grading.queueRow(first.name, 1)).toContainText('Klaar om vrij te geven');
  await expect(grading.queueRow(second.name, 1)).toContainText('Concept opgeslagen');
  await expect(grading.queueRow(second.name, 1).getByRole('checkbox')).toBeDisabled();
  await expect(grading.releaseSelected).toBeDisabled();

  // Grade the second one in full on its page, then back to the queue.
  await grading.queueRow(second.name, 1).getByRole('link', { name: second.name }).click();
  await grading.chooseLevel('Interactie en signalen', 'Goed');
  await grading.chooseLevel('Reflectie op eigen rol', 'Voldoende');
  await grading.chooseLevel('Privacy van het gezin gewaarborgd', 'Behaald');
  await expect(page.getByText('Totaal 8 van 11 punten')).toBeVisible();
  await grading.saveDraft.click();
  await expect(grading.message(/Concept opgeslagen om/)).toBeVisible();
  await grading.gotoQueue();
  await expect(grading.queueRow(second.name, 1)).toContainText('Klaar om vrij te geven');

  // Both selected with one checkbox, released together after the confirm step.
  await page.getByRole('checkbox', { name: 'Selecteer alle beoordelingen die klaar zijn om vrij te geven' }).check();
  await grading.releaseSelected.click();
  const dialog = grading.dialog('2 beoordelingen vrijgeven?');
  await expect(dialog).toContainText(`${first.name} · ${DEMO_ASSIGNMENT}`);
  await expect(dialog).toContainText(`${second.name} · ${DEMO_ASSIGNMENT}`);
  await dialog.getByRole('button', { name: 'Ja, alle 2 vrijgeven' }).click();
  await expect(grading.message('2 beoordelingen vrijgegeven.')).toBeVisible();
  await expect(page.getByText('Er wacht geen werk op een beoordeling.')).toBeVisible();

  // The status filter shows them released, oldest first (beside the reflections of module 1 that
  // unlocked the report's module).
  await page.getByLabel('Status').selectOption({ label: 'Vrijgegeven' });
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/status=GRADED/);
  const rows = page
    .getByRole('table', { name: /Ingeleverd werk/ })
    .getByRole('row')
    .filter({ hasText: DEMO_ASSIGNMENT });
  await expect(rows.nth(0)).toContainText(first.name);
  await expect(rows.nth(1)).toContainText(second.name);
  await expect(rows.nth(0)).toContainText('Vrijgegeven');
});
