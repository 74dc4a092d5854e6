import { AppShell } from './pages/app-shell.page';
import { LoginPage } from './pages/login.page';
import { UsersPage } from './pages/users.page';
import { randomBytes } from 'node:crypto';
import { authFile } from './support/env';
import { expect, test } from './support/fixtures';

test.use({ storageState: authFile('admin') });

test('the admin searches and filters the user list', async ({ page }) => {
  const users = new UsersPage(page);
  await users.goto();
  await expect(users.table.getByRole('columnheader')).toHaveText([
    'Naam',
    'E-mailadres',
    'Rollen',
    'Status',
    'Discipline',
    'Organisatie',
    'Acties',
  ]);
  // The list is sorted by name, and other journeys add users at the same time: only the first
  // name is sure to be on the first page. Sanne is checked once the search has found her.
  await expect(users.row('Anouk de Vries')).toContainText('admin@imh.test');

  await users.filter({ search: 'sanne' });
  await expect(users.rows()).toHaveCount(1);
  await expect(users.row('Sanne Bakker')).toContainText('Cursist');
  await expect(users.row('Sanne Bakker')).toContainText('student@imh.test');
  await expect(users.row('Sanne Bakker')).toContainText('Logopedie');
  await expect(users.row('Sanne Bakker')).toContainText('Praktijk Logopedie Klein Begin');

  await users.filter({ search: '', role: 'Docent' });
  await expect(users.row('Petra Holt')).toBeVisible();
  await expect(users.row('Sanne Bakker')).toHaveCount(0);
  await expect(page).toHaveURL(/role=DOCENT/);

  await users.filter({ search: 'niemand-heet-zo' });
  await expect(page.getByText('Geen gebruikers gevonden die aan je zoekopdracht voldoen.')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(users.row('Anouk de Vries')).toBeVisible();
});

test('the list pages through many users', async ({ page, admin }) => {
  // 21 invitations share a marker in their names; searching for it gives one full page and one more.
  const marker = `Pagina${randomBytes(3).toString('hex')}`;
  for (let i = 1; i <= 21; i++) {
    const n = String(i).padStart(2, '0');
    await admin.run(`mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
      input: { name: `${marker} ${n}`, email: `${marker.toLowerCase()}-${n}@imh.test`, roles: ['STUDENT'] },
    });
  }
  const users = new UsersPage(page);
  await users.goto();
  await users.filter({ search: marker });
  await expect(users.rows()).toHaveCount(20);
  const pagination = page.getByRole('navigation', { name: 'Paginering' });
  await expect(pagination).toContainText('1–20 van 21');
  await expect(pagination.getByRole('button', { name: 'Vorige' })).toBeDisabled();

  await pagination.getByRole('button', { name: 'Volgende' }).click();
  await expect(pagination).toContainText('21–21 van 21');
  await expect(users.rows()).toHaveCount(1);
  await expect(users.row(`${marker} 21`)).toContainText('Uitgenodigd');
  await expect(pagination.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  await expect(page).toHaveURL(/page=2/);
});

test('the admin changes roles; the user then sees the sections of every role', async ({ page, freshPage, newUser }) => {
  const user = await newUser(['STUDENT']);
  const users = new UsersPage(page);
  await users.goto();
  await users.find(user.name);
  await users.setRoles(user.name, ['Docent', 'Vertrouwenspersoon']);
  await expect(users.row(user.name).getByRole('listitem')).toHaveText(['Docent', 'Vertrouwenspersoon']);

  const userPage = await freshPage();
  const login = new LoginPage(userPage);
  await login.goto();
  await login.signIn(user.email, user.password);
  const shell = new AppShell(userPage);
  await shell.expectGreeting(user.name);
  await shell.expectNavigation([
    'Overzicht',
    'Mijn lesgroepen',
    'Beoordelen',
    'Vertrouwenspersoon',
    'Vertrouwelijke berichten',
  ]);
  // The overview: the docent's waiting work, the unread notifications, the confidant's section.
  await expect(userPage.getByRole('heading', { level: 2 })).toHaveText([
    'Wacht op beoordeling',
    'Ongelezen meldingen (0)',
    'Vertrouwenspersoon',
  ]);
});

test('a deactivated user is signed out at once and cannot sign in until reactivated', async ({
  page,
  freshPage,
  newUser,
}) => {
  const user = await newUser(['STUDENT']);
  const userPage = await freshPage();
  const login = new LoginPage(userPage);
  await login.goto();
  await login.signIn(user.email, user.password);
  await new AppShell(userPage).expectGreeting(user.name);

  const users = new UsersPage(page);
  await users.goto();
  await users.find(user.name);
  // The confirm step can be cancelled.
  await users.openDeactivate(user.name);
  await users.dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(users.dialog).toBeHidden();
  await expect(users.row(user.name)).toContainText('Actief');

  await users.deactivate(user.name);
  await expect(users.row(user.name)).toContainText(/Gedeactiveerd sinds \d{1,2} \w+\.? \d{4}/);

  // Their open session ended with the deactivation.
  await userPage.reload();
  await expect(login.heading).toBeVisible();
  await login.signIn(user.email, user.password);
  await expect(login.error).toHaveText('Dit account is gedeactiveerd. Neem contact op met de opleidingsadministratie.');

  await users.reactivate(user.name);
  await expect(users.row(user.name)).toContainText('Actief');
  await login.signIn(user.email, user.password);
  await new AppShell(userPage).expectGreeting(user.name);
});
