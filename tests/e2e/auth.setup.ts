// Signs in each demo role once through the login page and keeps the browser state, so the
// journeys start signed in (test.use({ storageState: authFile(role) })).
import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { authFile, DEMO_PASSWORD, DEMO_USERS, type DemoRole } from './support/env';
import { expect, test as setup } from './support/fixtures';

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO_USERS[role].email, DEMO_PASSWORD);
    await expect(page).toHaveURL('/');
    await new AppShell(page).expectGreeting(DEMO_USERS[role].name);
    await page.context().storageState({ path: authFile(role) });
  });
}
