import { readFile } from 'node:fs/promises';
import { AppShell } from './pages/app-shell.page';
import { AccreditationExportSection, MyRegistersSection } from './pages/accreditation.page';
import { LoginPage } from './pages/login.page';
import { createUser } from './support/api';
import { expect, test } from './support/fixtures';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

// A youth-care worker records her SKJ number (refused first in the wrong format, with the API's
// reason at the field); the admin exports SKJ over the last two months: the CSV download holds the
// seeded demo students with a number, the PE-online list names the demo cohort, and the demo student
// without a number is listed.
test('a student records her SKJ number; the admin downloads the SKJ export and sees who has no number', async ({
  admin,
  freshPage,
  signedInPage,
}) => {
  // Two people, an invitation by e-mail and the admin's heavy certificates page.
  test.setTimeout(90_000);
  const { disciplines } = await admin.run<{ disciplines: { id: string; code: string }[] }>(
    '{ disciplines { id code } }',
  );
  const youthCare = disciplines.find((d) => d.code === 'jeugdhulp')!;
  const student = await createUser(admin, { roles: ['STUDENT'], disciplineId: youthCare.id });

  const studentPage = await freshPage();
  const login = new LoginPage(studentPage);
  await login.goto();
  await login.signIn(student.email, student.password);
  await new AppShell(studentPage).expectGreeting(student.name);
  const registers = new MyRegistersSection(studentPage);
  await registers.goto();
  await expect(registers.section.getByRole('row', { name: /SKJ/ })).toContainText('Nog geen nummer');
  await expect(registers.register).toHaveValue('SKJ');
  await expect(registers.section.getByText('9 cijfers, bijvoorbeeld 100012345')).toBeVisible();

  await registers.record('12345');
  await expect(registers.number).toHaveAttribute('aria-invalid', 'true');
  await expect(registers.number).toHaveAccessibleDescription(
    /Dit is geen geldig registratienummer voor SKJ\. Een voorbeeld van een geldig nummer: 100012345\./,
  );

  await registers.record('100 012 345');
  await expect(registers.status).toHaveText('Je registratienummer voor SKJ (Kwaliteitsregister Jeugd) is opgeslagen.');
  await expect(registers.section.getByRole('row', { name: /SKJ/ })).toContainText('100012345');
  await expect(registers.number).not.toHaveAttribute('aria-invalid', 'true');
  await studentPage.reload();
  await expect(registers.section.getByRole('row', { name: /SKJ/ })).toContainText('100012345');

  const adminPage = await signedInPage('admin');
  const exports = new AccreditationExportSection(adminPage);
  await exports.goto();
  await exports.exportOf('SKJ (Kwaliteitsregister Jeugd)', day(-60), day(0));
  const result = exports.section.getByRole('region', { name: 'Resultaat van de export' });
  await expect(result.getByRole('status')).toContainText(/\d+ regels, samen \d+ punten\./);

  const missing = result.getByRole('table').last();
  await expect(result.getByRole('heading', { name: 'Cursisten zonder registratienummer' })).toBeVisible();
  await expect(missing.getByRole('row', { name: /Ruben Brouwer/ })).toContainText('Hechting en de ouder-kindrelatie');
  const editions = result.getByRole('table').first();
  await expect(editions.getByRole('row', { name: /Kerncursus – lesgroep A/ })).toBeVisible();

  const csvLink = result.getByRole('link', { name: /CSV downloaden/ });
  const [download] = await Promise.all([adminPage.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toBe(`accreditatie-skj-${day(-60)}-${day(0)}.csv`);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('registratienummer,naam,module,datum,punten');
  expect(lines).toContainEqual(
    expect.stringMatching(/^100004217,Joost Verhoeven,Hechting en de ouder-kindrelatie,\d{4}-\d{2}-\d{2},\d+$/),
  );
  expect(csv).not.toContain('Ruben Brouwer');

  const [list] = await Promise.all([
    adminPage.waitForEvent('download'),
    editions.getByRole('link', { name: /Lijst downloaden: Kerncursus – lesgroep A/ }).click(),
  ]);
  const numbers = (await readFile((await list.path())!, 'utf8')).trim().split('\n');
  expect(numbers).toContain('100004217');
  expect(numbers.every((n) => /^\d{9}$/.test(n))).toBe(true);
});
