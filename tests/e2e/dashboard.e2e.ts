import { randomBytes } from 'node:crypto';
import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { GraphQLClient } from './support/api';
import { cohortOf, DEMO_ASSIGNMENT, demoAssignment, handIn, signIn } from './support/assignments-data';
import { authFile, DEMO_USERS } from './support/env';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

// "Overzicht": what waits for each role, from one request, with a way to where it is handled.

const CASE_DESCRIPTION = 'Casusbeschrijving: samenwerken rond één gezin';
const PRACTICE_REFLECTION = 'Reflectie: de eerste 1001 dagen in je eigen praktijk';
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('as the demo student', () => {
  test.use({ storageState: authFile('student') });

  test('the overview shows where to continue, what is due in the next 14 days and the latest feedback', async ({
    page,
  }) => {
    await page.goto('/');
    await new AppShell(page).expectGreeting(DEMO_USERS.student.name);

    await expect(page.getByRole('region', { name: 'Verder waar je gebleven was' }).getByRole('link')).toBeVisible();

    const due = page.getByRole('region', { name: 'Inleveren in de komende 14 dagen', exact: true });
    const row = due.getByRole('row').filter({ hasText: CASE_DESCRIPTION });
    await expect(row).toHaveCount(1);
    // The state the API's attempts say, in words (not started, draft, handed in …).
    await expect(row.locator('.state')).toHaveText(/.+/);

    // The seeded reflection's feedback, or the report's when a grading journey running beside this
    // one has just released the demo student's grade there.
    const feedback = page.getByRole('region', { name: 'Laatste feedback' });
    const latest = feedback.getByRole('heading', { level: 3 });
    await expect(latest).toHaveText(new RegExp(`^(${escaped(PRACTICE_REFLECTION)}|${escaped(DEMO_ASSIGNMENT)})$`));
    if ((await latest.textContent()) === PRACTICE_REFLECTION)
      await expect(feedback).toContainText('stress van de moeder');
    await expect(feedback).toContainText(/Voldoende|Onvoldoende/);

    // The assignment opens from the overview.
    await row.getByRole('link', { name: CASE_DESCRIPTION }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CASE_DESCRIPTION);
  });
});

test('a new student who reads English sees the overview in English, with its empty states', async ({
  freshPage,
  newUser,
}) => {
  // A fresh user: switching the language is saved on the account, so a demo user would change for other journeys.
  const student = await newUser(['STUDENT'], 'en');
  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(student.email, student.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${student.name}`);
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toContainText(
    'You have no lesson open.',
  );
  await expect(page.getByRole('region', { name: 'Due in the next 14 days', exact: true })).toContainText(
    'Nothing is due in the next 14 days.',
  );
  await expect(page.getByRole('region', { name: 'Latest feedback' })).toContainText(
    'You have not received feedback yet.',
  );
  await expect(page.getByRole('region', { name: 'Unread notifications (0)' })).toContainText(
    'You have no unread notifications.',
  );
  await expect(page.getByRole('region', { name: 'Waiting to be graded' })).toHaveCount(0);
});

test("a docent's overview counts the work waiting per cohort and leads to that part of the queue, by keyboard", async ({
  freshPage,
  admin,
  newUser,
}) => {
  // A docent and a student of their own, so the demo cohort and its queue stay untouched.
  const assignment = await demoAssignment(admin);
  const [docent, student] = await Promise.all([newUser(['DOCENT']), newUser(['STUDENT'])]);
  const cohortId = await cohortOf(admin, {
    trackId: assignment.trackId,
    docentIds: [docent.id],
    studentIds: [student.id],
  });
  const grader = await signIn(docent);
  const session = await signIn(student);
  try {
    await handIn(session, assignment.id, 'Mijn observatie.', grader);
  } finally {
    await Promise.all([session.dispose(), grader.dispose()]);
  }

  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(docent.email, docent.password);
  await expect(page).toHaveURL('/');
  const waiting = page.getByRole('region', { name: 'Wacht op beoordeling' });
  await expect(waiting.getByRole('table')).toContainText('1 poging wacht');
  const row = waiting.getByRole('row').filter({ hasText: DEMO_ASSIGNMENT });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');

  await tabTo(page, row.getByRole('link', { name: DEMO_ASSIGNMENT }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/grading\\?cohort=${cohortId}&assignment=${assignment.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beoordelen');
  await expect(page.getByRole('row').filter({ hasText: student.name })).toHaveCount(1);
});

test.describe('as the demo admin', () => {
  test.use({ storageState: authFile('admin') });

  test('the overview shows a new intake request and leads to the intake page', async ({ page }) => {
    const name = `Aanvrager ${randomBytes(3).toString('hex')}`;
    const visitor = await GraphQLClient.anonymous();
    try {
      await visitor.run(`mutation ($input: SubmitIntakeRequestInput!) { submitIntakeRequest(input: $input) { id } }`, {
        input: {
          name,
          email: `${randomBytes(4).toString('hex')}@example.test`,
          organisation: 'Wijkteam Oost',
          discipline: 'Jeugdverpleegkunde',
        },
      });
    } finally {
      await visitor.dispose();
    }

    await page.goto('/');
    await new AppShell(page).expectGreeting(DEMO_USERS.admin.name);
    const intake = page.getByRole('region', { name: /^Open aanmeldingen \(\d+\)$/ });
    await expect(intake.getByRole('listitem').filter({ hasText: name })).toContainText('Wijkteam Oost');
    await expect(page.getByRole('region', { name: /^Open voorstellen voor lesgroepen/ })).toBeVisible();

    await intake.getByRole('link', { name: 'Naar Aanmeldingen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmeldingen');
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  });
});
