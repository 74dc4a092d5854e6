import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { expect, test } from './support/fixtures';

test('signed out, the language switch changes the page and is remembered in this browser', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await shell.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByLabel('E-mail address')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Sign in · IMH Academy');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await shell.switchLanguage('Nederlands');
  await expect(login.heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('signed in, the language is saved on the account and follows the user to another browser', async ({
  page,
  freshPage,
  newUser,
}) => {
  const user = await newUser(['STUDENT']);
  const shell = new AppShell(page);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(user.email, user.password);
  await shell.expectGreeting(user.name);

  await shell.switchLanguage('English');
  await expect(shell.heading).toHaveText(`Welcome, ${user.name}`);
  await expect(shell.navLinks).toHaveText([
    'Overview',
    'My learning route',
    'My class group',
    'Assignments',
    'My certificates',
    'Confidant',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A fresh browser (no stored preference) signs in and gets the account's language.
  const otherPage = await freshPage();
  const otherLogin = new LoginPage(otherPage);
  await otherLogin.goto();
  await otherLogin.signIn(user.email, user.password);
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en');

  await shell.switchLanguage('Nederlands');
  await shell.expectGreeting(user.name);
  await page.reload();
  await shell.expectGreeting(user.name);
  await expect(shell.navLinks.first()).toHaveText('Overzicht');
});
