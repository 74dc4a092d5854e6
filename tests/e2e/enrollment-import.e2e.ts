import { CataloguePage, EnrollmentImportPage } from './pages/catalogue.page';
import { createUser, GraphQLClient, invite, uniquePerson } from './support/api';
import { authFile } from './support/env';
import { waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

test.use({ storageState: authFile('admin') });

test('a CSV with bad rows lists every problem and imports nothing; a clean file is imported', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  const csv = new EnrollmentImportPage(page);
  await catalogue.openTrack('IMH-kerncursus');
  await page.getByRole('link', { name: 'Inschrijvingen' }).click();
  await page.getByRole('link', { name: 'Cursisten importeren (CSV)' }).click();
  await expect(csv.heading).toHaveText('Cursisten importeren: IMH-kerncursus');

  // A file with the same address twice, a discipline that does not exist and a row without a name.
  const twice = uniquePerson();
  const astrologer = uniquePerson();
  const nameless = uniquePerson();
  const bad = [
    'email;naam;discipline;organisatie',
    `${twice.email};${twice.name};Logopedie;Praktijk Klein Begin`,
    `${twice.email};${twice.name};Logopedie;Praktijk Klein Begin`,
    `${astrologer.email};${astrologer.name};Astrologie;Consultatiebureau Noord`,
    `${nameless.email};;Kraamzorg;Kraamzorg De Wieg`,
  ].join('\n');
  await page.getByLabel('CSV-bestand kiezen').setInputFiles({
    name: 'inschrijvingen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });

  await expect(csv.rows).toHaveCount(4);
  await expect(page.getByText('4 van de 4 rijen hebben een probleem. Er wordt niets geïmporteerd.')).toBeVisible();
  await expect(csv.row(2)).toContainText('Dit e-mailadres staat ook op regel 3.');
  await expect(csv.row(3)).toContainText('Dit e-mailadres staat ook op regel 2.');
  await expect(csv.row(4)).toContainText('Onbekende discipline „Astrologie”.');
  await expect(csv.row(5)).toContainText('De naam ontbreekt.');
  await expect(csv.importButton()).toBeDisabled();
  await expect(csv.importButton()).toHaveAccessibleDescription(
    'Importeren kan pas als elke rij in orde is. Pas het bestand aan en controleer het opnieuw.',
  );

  // The clean file, pasted: two new people, who are invited and enrolled.
  const first = uniquePerson();
  const second = uniquePerson();
  const clean = [
    'e-mail,naam,discipline,organisatie',
    `${first.email},${first.name},Logopedie,Praktijk Klein Begin`,
    `${second.email},${second.name},Kraamzorg,Kraamzorg De Wieg`,
  ].join('\n');
  const since = Date.now();
  await page.getByLabel('Of plak de inhoud hier').fill(clean);
  await expect(page.getByText('De tekst is gewijzigd na de controle.')).toBeVisible();
  await csv.check.click();
  await expect(page.getByText('Alle 2 rijen zijn in orde en kunnen worden geïmporteerd.')).toBeVisible();
  await expect(csv.row(2)).toContainText('Nieuw account, krijgt een uitnodiging');
  await csv.importButton().click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Klaar: 2 cursisten ingeschreven. 2 nieuwe accounts zijn uitgenodigd.' }),
  ).toBeVisible();
  await expect(csv.rows).toHaveCount(0);

  await page.getByRole('link', { name: 'Naar de inschrijvingen' }).click();
  for (const person of [first, second]) {
    await expect(page.getByRole('row').filter({ hasText: person.email })).toContainText(person.name);
  }
  // The file's rows with problems were never imported.
  await expect(page.getByRole('row').filter({ hasText: twice.email })).toHaveCount(0);
  await waitForMail(first.email, { since });
});

test('changes to existing accounts are listed and applied only when ticked', async ({ page }) => {
  const admin = await GraphQLClient.signedIn('admin');
  let student: { id: string; email: string; name: string };
  let docent: { id: string; email: string; name: string };
  try {
    student = await invite(admin, { roles: ['STUDENT'] });
    docent = await createUser(admin, { roles: ['DOCENT'] });
  } finally {
    await admin.dispose();
  }
  const csv = new EnrollmentImportPage(page);
  await new CataloguePage(page).openTrack('IMH-kerncursus');
  await page.getByRole('link', { name: 'Inschrijvingen' }).click();
  await page.getByRole('link', { name: 'Cursisten importeren (CSV)' }).click();
  await page
    .getByLabel('Of plak de inhoud hier')
    .fill(
      [
        'email;naam;discipline;organisatie',
        `${student.email};${student.name};Logopedie;Praktijk Klein Begin`,
        `${docent.email};${docent.name};;`,
      ].join('\n'),
    );
  await csv.check.click();
  await expect(page.getByText('Alle 2 rijen zijn in orde en kunnen worden geïmporteerd.')).toBeVisible();
  await expect(
    page.getByText('Het bestand wijzigt 3 gegevens van bestaande accounts. Alleen wat je aanvinkt, wordt doorgevoerd.'),
  ).toBeVisible();

  // Every change is offered old → new, none ticked.
  const discipline = csv.row(2).getByRole('checkbox', { name: 'Discipline: geen → Logopedie' });
  const organisation = csv.row(2).getByRole('checkbox', { name: 'Organisatie: geen → Praktijk Klein Begin' });
  const role = csv.row(3).getByRole('checkbox', { name: /^Rol cursist toevoegen \(nu: Docent\)/ });
  for (const box of [discipline, organisation, role]) await expect(box).not.toBeChecked();
  // Without the role, the docent is not enrolled: one row to import.
  await expect(csv.importButton()).toHaveText('1 cursist importeren');

  await discipline.check();
  await csv.importButton().click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Klaar: 1 cursist ingeschreven. 1 wijziging aan een bestaand account is doorgevoerd. ' +
        '1 account is niet ingeschreven, omdat de rol cursist niet is bevestigd.',
    }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Naar de inschrijvingen' }).click();
  await expect(page.getByRole('row').filter({ hasText: student.email })).toContainText(student.name);
  await expect(page.getByRole('row').filter({ hasText: docent.email })).toHaveCount(0);

  // In the user list: the discipline changed, the organisation did not, the docent is no student.
  await page.goto(`/admin/users?q=${encodeURIComponent(student.email)}`);
  const studentCells = page.getByRole('row').filter({ hasText: student.email }).getByRole('cell');
  await expect(studentCells.nth(3)).toHaveText('Logopedie');
  await expect(studentCells.nth(4)).not.toContainText('Praktijk Klein Begin');
  await page.goto(`/admin/users?q=${encodeURIComponent(docent.email)}`);
  await expect(page.getByRole('row').filter({ hasText: docent.email }).getByRole('cell').nth(1)).toHaveText('Docent');
});
