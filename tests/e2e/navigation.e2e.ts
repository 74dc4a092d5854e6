import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { authFile, DEMO_PASSWORD, DEMO_USERS, type DemoRole } from './support/env';
import { expect, test } from './support/fixtures';

/** What each demo role's menu holds: their own sections, nothing else. */
const MENUS: Record<DemoRole, string[]> = {
  student: ['Overzicht', 'Mijn leerroute', 'Mijn lesgroep', 'Opdrachten', 'Mijn certificaten', 'Vertrouwenspersoon'],
  graduate: ['Overzicht', 'Mijn leerroute', 'Mijn lesgroep', 'Opdrachten', 'Mijn certificaten', 'Vertrouwenspersoon'],
  docent: ['Overzicht', 'Mijn lesgroepen', 'Beoordelen', 'Vertrouwenspersoon'],
  vertrouwenspersoon: ['Overzicht', 'Vertrouwelijke berichten'],
  admin: ['Overzicht', 'Gebruikers', 'Catalogus', 'Aanmeldingen', 'Lesgroepen', 'Certificaten'],
};

/** Sections with a real page; the others show "coming soon". */
const BUILT = [
  'Gebruikers',
  'Mijn leerroute',
  'Catalogus',
  'Aanmeldingen',
  'Opdrachten',
  'Beoordelen',
  'Lesgroepen',
  'Mijn lesgroepen',
  'Mijn lesgroep',
  'Vertrouwenspersoon',
  'Vertrouwelijke berichten',
  'Mijn certificaten',
  'Certificaten',
];

for (const role of Object.keys(MENUS) as DemoRole[]) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: authFile(role) });

    test('sees a greeting and exactly their own navigation, every link leading to a page', async ({ page }) => {
      const shell = new AppShell(page);
      await page.goto('/');
      await shell.expectGreeting(DEMO_USERS[role].name);
      await expect(page.getByRole('banner')).toContainText(DEMO_USERS[role].name);
      await shell.expectNavigation(MENUS[role]);

      // Sections not built yet show a clear "coming soon" state, never a broken page.
      for (const label of MENUS[role].slice(1)) {
        await shell.nav.getByRole('link', { name: label, exact: true }).click();
        await expect(shell.heading).toHaveText(label);
        await expect(shell.nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
        if (!BUILT.includes(label)) await expect(page.getByText('Binnenkort', { exact: true })).toBeVisible();
      }
      await expect(page.locator('h1')).toHaveCount(1);
    });
  });
}

test.describe('as student', () => {
  test.use({ storageState: authFile('student') });

  test("a typed URL of another role's page says there is no access", async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});

test('a signed-out visit to an app page goes to login, and back there after signing in', async ({ page }) => {
  await page.goto('/admin/users?q=Sanne');
  const login = new LoginPage(page);
  await expect(page).toHaveURL('/login');
  await expect(login.heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Log in om verder te gaan.' })).toBeVisible();

  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL('/admin/users?q=Sanne');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
});

test.describe('as docent', () => {
  test.use({ storageState: authFile('docent') });

  test('the skip link and the menu work from the keyboard', async ({ page }) => {
    await page.goto('/');
    await new AppShell(page).expectGreeting(DEMO_USERS.docent.name);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    const grading = new AppShell(page).nav.getByRole('link', { name: 'Beoordelen' });
    await grading.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beoordelen');
    // Focus follows the navigation to the new page's heading.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
