import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { uniquePerson } from './support/api';
import { DEMO_PASSWORD, DEMO_USERS } from './support/env';
import { expect, test } from './support/fixtures';

test('a wrong password shows the translated error and keeps the visitor on the login page', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.student.email, 'not-the-password');
  await expect(login.error).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
  await expect(page).toHaveURL('/login');
  // The API's own English message never reaches the screen.
  await expect(page.getByText('The e-mail address or password is incorrect.')).toHaveCount(0);
});

test('an invalid e-mail address is marked on its field', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('not-an-address', 'whatever-password');
  await expect(login.error).toHaveText('Controleer de gemarkeerde velden.');
  await expect(login.email).toHaveAttribute('aria-invalid', 'true');
  await expect(login.email).toHaveAccessibleDescription('Vul een geldig e-mailadres in.');
});

test('after too many failures the login is rate-limited and says when to try again', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  const { email } = uniquePerson();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await login.signIn(email, `wrong-${attempt}`);
    await expect(login.error).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(login.submit).toBeEnabled();
  }
  await login.signIn(email, 'wrong-6');
  await expect(login.error).toHaveText(
    /^Te veel mislukte pogingen\. Probeer het over \d+ minuten? opnieuw \(om \d{2}:\d{2}\)\.$/,
  );
});

test('signing out ends the session', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.goto();
  await login.signIn(DEMO_USERS.docent.email, DEMO_PASSWORD);
  await shell.expectGreeting(DEMO_USERS.docent.name);

  await shell.logout();
  await expect(login.heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je bent uitgelogd.' })).toBeVisible();

  // Not just hidden in the browser: the server no longer knows the session.
  await page.goto('/cohorts');
  await expect(page).toHaveURL('/login');
  const me = await page.request.post('/graphql', {
    data: { query: '{ me { id } }' },
    headers: { 'apollo-require-preflight': 'true' },
  });
  expect(await me.json()).toEqual({ data: { me: null } });
});
