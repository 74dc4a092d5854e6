import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { ChoosePasswordPage, ForgotPasswordPage } from './pages/password.page';
import { uniquePerson } from './support/api';
import { linkIn, mailsTo, waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

const confirmation = (email: string) =>
  `Als er een account bij ${email} hoort, is er nu een e-mail onderweg met een link om een nieuw wachtwoord te kiezen.`;

test('a forgotten password is reset from the e-mail link; the old one stops working', async ({ page, newUser }) => {
  const user = await newUser(['STUDENT']);
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');

  const since = Date.now();
  await new ForgotPasswordPage(page).request(user.email);
  await expect(page.getByRole('status').filter({ hasText: confirmation(user.email) })).toBeVisible();

  const mail = await waitForMail(user.email, { since });
  expect(mail.subject).toBe('Nieuw wachtwoord instellen');
  await page.goto(linkIn(mail, '/reset-password'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
  const choose = new ChoosePasswordPage(page);
  await choose.choose('kort');
  await expect(choose.password).toHaveAccessibleDescription(/Kies een wachtwoord van minstens 10 tekens\./);
  await choose.choose('mijn-nieuwe-wachtwoord');

  const shell = new AppShell(page);
  await shell.expectGreeting(user.name);
  await shell.logout();
  await login.signIn(user.email, user.password);
  await expect(login.error).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
  await login.signIn(user.email, 'mijn-nieuwe-wachtwoord');
  await shell.expectGreeting(user.name);
});

test('an unknown address gets the same confirmation and no e-mail', async ({ page }) => {
  const { email } = uniquePerson();
  await page.goto('/forgot-password');
  await new ForgotPasswordPage(page).request(email);
  await expect(page.getByRole('status').filter({ hasText: confirmation(email) })).toBeVisible();
  // Give the worker the time it needs for a real mail (well under a second here) before saying none came.
  await page.waitForTimeout(1_500);
  expect(mailsTo(email)).toHaveLength(0);
});

test('a broken reset link says so and offers a new one', async ({ page }) => {
  await page.goto(`/reset-password?token=${'x'.repeat(43)}`);
  const choose = new ChoosePasswordPage(page);
  await choose.choose('mijn-nieuwe-wachtwoord');
  await expect(choose.error).toHaveText('Deze link is ongeldig, al gebruikt of verlopen.');
  await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');

  await page.goto('/reset-password');
  await expect(page.getByRole('alert')).toHaveText('Deze link is niet volledig. Open de link uit de e-mail opnieuw.');
});
