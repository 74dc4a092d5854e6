import { AppShell } from './pages/app-shell.page';
import { InviteUserPage } from './pages/invite-user.page';
import { ChoosePasswordPage } from './pages/password.page';
import { UsersPage } from './pages/users.page';
import { uniquePerson } from './support/api';
import { authFile, DEMO_USERS } from './support/env';
import { linkIn, mailsTo, waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

test.use({ storageState: authFile('admin') });

test('the admin invites a student, who sets a password from the e-mail and lands signed in', async ({
  page,
  freshPage,
}) => {
  const person = uniquePerson();
  const users = new UsersPage(page);
  await users.goto();
  await page.getByRole('link', { name: 'Gebruiker uitnodigen' }).click();

  const form = new InviteUserPage(page);
  await form.fill({
    ...person,
    roles: ['Cursist'],
    discipline: 'Logopedie',
    organisation: 'Kraamzorg De Wieg',
    language: 'Nederlands',
  });
  const since = Date.now();
  await form.submit.click();

  await expect(users.heading).toBeVisible();
  await expect(
    users.message(`${person.name} is uitgenodigd. De uitnodiging is naar ${person.email} gestuurd.`),
  ).toBeVisible();
  await users.find(person.name);
  await expect(users.row(person.name)).toContainText('Uitgenodigd');
  await expect(users.row(person.name)).toContainText('Logopedie');
  await expect(users.row(person.name)).toContainText('Kraamzorg De Wieg');

  const mail = await waitForMail(person.email, { since });
  expect(mail.subject).toBe('Uitnodiging voor IMH Academy');
  expect(mail.text).toContain(`${DEMO_USERS.admin.name} nodigt je uit`);
  const link = linkIn(mail, '/set-password');

  // The invitee, in their own browser.
  const inviteePage = await freshPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord instellen');
  const choose = new ChoosePasswordPage(inviteePage);
  await choose.choose('een-lang-wachtwoord', 'een-ander-wachtwoord');
  await expect(choose.confirm).toHaveAccessibleDescription('De twee wachtwoorden zijn niet gelijk.');
  await choose.choose('een-lang-wachtwoord');

  const shell = new AppShell(inviteePage);
  await expect(inviteePage).toHaveURL('/');
  await shell.expectGreeting(person.name);
  await shell.expectNavigation([
    'Overzicht',
    'Mijn leerroute',
    'Mijn lesgroep',
    'Opdrachten',
    'Mijn certificaten',
    'Vertrouwenspersoon',
  ]);

  // The link worked once.
  const againPage = await freshPage();
  await againPage.goto(link);
  const retry = new ChoosePasswordPage(againPage);
  await retry.choose('nog-een-wachtwoord');
  await expect(retry.error).toHaveText('Deze link is ongeldig, al gebruikt of verlopen.');

  await page.reload();
  await expect(users.row(person.name)).toContainText('Actief');
});

test('a resent invitation replaces the earlier link', async ({ page, freshPage, newInvitation }) => {
  const first = await newInvitation(['DOCENT']);
  const users = new UsersPage(page);
  await users.goto();
  await users.find(first.name);

  const since = Date.now();
  await page.getByRole('button', { name: `Uitnodiging opnieuw sturen naar ${first.name}` }).click();
  await expect(
    users.message(`Er is een nieuwe uitnodiging naar ${first.email} gestuurd. Eerdere links werken niet meer.`),
  ).toBeVisible();
  const second = linkIn(await waitForMail(first.email, { since }), '/set-password');
  expect(second).not.toBe(first.link);
  expect(mailsTo(first.email)).toHaveLength(2);

  const invitee = await freshPage();
  await invitee.goto(first.link);
  const old = new ChoosePasswordPage(invitee);
  await old.choose('een-lang-wachtwoord');
  await expect(old.error).toHaveText('Deze link is ongeldig, al gebruikt of verlopen.');
  await expect(invitee.getByText('Vraag de opleidingsadministratie om een nieuwe uitnodiging.')).toBeVisible();

  await invitee.goto(second);
  await new ChoosePasswordPage(invitee).choose('een-lang-wachtwoord');
  const shell = new AppShell(invitee);
  await shell.expectGreeting(first.name);
  await shell.expectNavigation(['Overzicht', 'Mijn lesgroepen', 'Beoordelen', 'Vertrouwenspersoon']);
});

test('the invite form explains what is wrong', async ({ page }) => {
  await page.goto('/admin/users/invite');
  const form = new InviteUserPage(page);
  await form.fill({ name: 'Iemand Anders', email: DEMO_USERS.student.email, roles: [] });
  await form.submit.click();
  await expect(form.error).toHaveText('Controleer de gemarkeerde velden.');
  await expect(page.getByRole('group', { name: 'Rollen' })).toContainText('Kies minstens één rol.');

  await page.getByRole('checkbox', { name: 'Cursist' }).check();
  await form.submit.click();
  await expect(form.error).toHaveText('Er bestaat al een gebruiker met dit e-mailadres.');
  await expect(page).toHaveURL('/admin/users/invite');
});
