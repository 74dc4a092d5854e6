import { LoginPage } from './pages/login.page';
import { cohortOf, DEMO_ASSIGNMENT, demoAssignment, gradeInFull, handIn, signIn } from './support/assignments-data';
import { expect, test } from './support/fixtures';

// The bell's accessible name carries the unread count ("Meldingen, 2 ongelezen").
const unreadIn = (label: string | null) => Number(/(\d+) ongelezen/.exec(label ?? '')?.[1] ?? 0);

test('the bell counts a released grade; the notification leads to the grade; its e-mail moves to the digest', async ({
  admin,
  newUser,
  freshPage,
}) => {
  test.setTimeout(150_000);
  // A docent and a student of their own, so the demo student's notifications stay as seeded.
  const assignment = await demoAssignment(admin);
  const [docent, student] = await Promise.all([newUser(['DOCENT']), newUser(['STUDENT'])]);
  await cohortOf(admin, { trackId: assignment.trackId, docentIds: [docent.id], studentIds: [student.id] });
  const [studentApi, docentApi] = await Promise.all([signIn(student), signIn(docent)]);
  let submissionId: string;
  try {
    submissionId = await handIn(studentApi, assignment.id, 'Mijn observatieverslag.', docentApi);
  } finally {
    await studentApi.dispose();
  }

  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(student.email, student.password);
  await expect(page).toHaveURL('/');
  const bell = page.getByTestId('notification-bell');
  // The reflection's grade that opened the report's module arrives first (relayed by the worker);
  // the list and the bell's count are separate requests, so wait until both show it.
  await expect(async () => {
    await page.goto('/notifications');
    await expect(page.getByRole('link', { name: /Je werk voor Reflectie: .* is beoordeeld\./ })).toBeVisible({
      timeout: 1_000,
    });
    await expect(bell).toHaveAccessibleName(/Meldingen, [1-9]\d* ongelezen/, { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
  const before = unreadIn(await bell.textContent());

  // The docent releases the report's grade: the outbox tells the student, and the bell counts it.
  try {
    await gradeInFull(docentApi, submissionId, assignment, { release: true });
  } finally {
    await docentApi.dispose();
  }
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAccessibleName(`Meldingen, ${before + 1} ongelezen`, { timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });

  // The notification opens the graded attempt.
  await bell.click();
  await expect(page).toHaveURL('/notifications');
  // By keyboard, as a screen-reader user would open it.
  await page.getByRole('link', { name: `Nieuw: Je werk voor ${DEMO_ASSIGNMENT} is beoordeeld.` }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/assignments/${assignment.id}/attempts/${submissionId}`);
  await expect(page.getByText('Helder en concreet.')).toBeVisible();
  await expect(bell).toHaveAccessibleName(`Meldingen, ${before} ongelezen`);

  // E-mail about released grades: in the daily digest from now on, kept after a reload.
  await page.goto('/notifications/settings');
  const released = page.getByRole('group', { name: 'Beoordeling vrijgegeven' });
  // The radio shows what the server saved, so it turns on once the change is stored.
  await released.getByRole('radio', { name: 'In het dagelijkse overzicht' }).click();
  await expect(page.getByText('Je voorkeur is opgeslagen.')).toBeVisible();
  await expect(released.getByRole('radio', { name: 'In het dagelijkse overzicht' })).toBeChecked();
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Beoordeling vrijgegeven' })
      .getByRole('radio', { name: 'In het dagelijkse overzicht' }),
  ).toBeChecked();
});
