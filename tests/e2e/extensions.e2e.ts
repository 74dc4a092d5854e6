import type { Page } from '@playwright/test';
import { StudentAssignmentsPage } from './pages/assignments.page';
import { GradingPage } from './pages/grading.page';
import { LoginPage } from './pages/login.page';
import { cohortOf, DEMO_ASSIGNMENT, demoAssignment, handIn, signIn } from './support/assignments-data';
import type { TestUser } from './support/api';
import { expect, test } from './support/fixtures';

const DAY = 86_400_000;

/** "12 mrt 2026, 17:00": how the portal shows an instant, in Amsterdam time. */
const shown = (date: Date) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
    date,
  );

async function signedIn(page: Page, user: TestUser) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(user.email, user.password);
  await expect(page).toHaveURL('/');
}

test('a docent grants a student an extension; the student sees the new date and is not marked late', async ({
  admin,
  newUser,
  freshPage,
}) => {
  test.setTimeout(60_000);
  // A docent and a student of their own, so the demo cohort's dates and journeys stay untouched.
  const assignment = await demoAssignment(admin);
  const [docent, student] = await Promise.all([newUser(['DOCENT']), newUser(['STUDENT'])]);
  const cohortId = await cohortOf(admin, {
    trackId: assignment.trackId,
    docentIds: [docent.id],
    studentIds: [student.id],
  });
  // The class group's date passed yesterday.
  const cohortDue = new Date(Date.now() - DAY);
  await admin.run(`mutation ($input: SetAssignmentDueDateInput!) { setAssignmentDueDate(input: $input) { dueAt } }`, {
    input: { assignmentId: assignment.id, cohortId, dueAt: cohortDue.toISOString() },
  });

  // The docent finds every student of the group from the queue's filters, and grants the extension.
  const docentPage = await freshPage();
  await signedIn(docentPage, docent);
  const grading = new GradingPage(docentPage);
  await grading.gotoQueue();
  await docentPage.getByLabel('Lesgroep').selectOption({ value: cohortId });
  await docentPage.getByLabel('Opdracht').selectOption({ value: assignment.id });
  await docentPage.getByRole('button', { name: 'Filteren' }).click();
  await docentPage.getByRole('link', { name: 'Alle cursisten van deze lesgroep bij deze opdracht' }).click();
  const row = docentPage.getByRole('row').filter({ hasText: student.name });
  await expect(row).toContainText('Niet ingeleverd');
  await expect(row).toContainText(shown(cohortDue));

  await row.getByRole('button', { name: `Uitstel voor ${student.name}` }).click();
  const dialog = grading.dialog(`Uitstel voor ${student.name}`);
  await expect(dialog).toContainText(`Inleverdatum van de lesgroep: ${shown(cohortDue)}`);
  await expect(dialog).toContainText('Nog geen uitstel.');
  // A date before the group's is refused.
  await dialog.getByLabel('Nieuwe inleverdatum').fill('2020-01-01T12:00');
  await dialog.getByRole('button', { name: 'Uitstel opslaan' }).click();
  await expect(dialog.getByText('Kies een moment na de inleverdatum van de lesgroep.')).toBeVisible();
  const extended = new Date(Date.now() + 10 * DAY);
  const local = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(extended);
  await dialog.getByLabel('Nieuwe inleverdatum').fill(`${local}T17:00`);
  await dialog.getByRole('textbox', { name: 'Reden (optioneel)' }).fill('Zwangerschapsverlof');
  await dialog.getByRole('button', { name: 'Uitstel opslaan' }).click();
  await expect(grading.message(`Uitstel opgeslagen voor ${student.name}.`)).toBeVisible();
  await expect(row).toContainText('17:00');
  await expect(row).toContainText('uitstel');
  const newDue = (await row.getByRole('cell').nth(1).textContent())!.split(' · ')[0].trim();

  // The student's list and assignment page show her own date.
  const studentPage = await freshPage();
  await signedIn(studentPage, student);
  const assignments = new StudentAssignmentsPage(studentPage);
  await assignments.gotoList();
  await expect(assignments.row(DEMO_ASSIGNMENT)).toContainText(newDue);
  await expect(assignments.row(DEMO_ASSIGNMENT)).not.toContainText('Te laat');
  await assignments.open(DEMO_ASSIGNMENT);
  await expect(studentPage.getByText(`Inleveren vóór ${newDue}`)).toBeVisible();

  // Handed in after the group's date but before her own: not late.
  const [session, grader] = await Promise.all([signIn(student), signIn(docent)]);
  try {
    await handIn(session, assignment.id, 'Observatie tijdens het verlof.', grader);
  } finally {
    await Promise.all([session.dispose(), grader.dispose()]);
  }
  await assignments.gotoList();
  await expect(assignments.row(DEMO_ASSIGNMENT)).toContainText('Ingeleverd');
  await expect(assignments.row(DEMO_ASSIGNMENT)).not.toContainText('Te laat');
  await docentPage.reload();
  await expect(row).toContainText('Ingeleverd');
  await expect(row).not.toContainText('te laat');
});
