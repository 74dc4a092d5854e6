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
  await expect(registers.section.getByText('6 tot 10 cijfers (meestal 9), bijvoorbeeld 100012345')).toBeVisible();

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

// The admin sets a new module's points per register on the module editor (a refused number comes
// back from the API), and chooses the registers a discipline is offered on "Certificaten".
test("an admin sets a module's points per register and a discipline's registers", async ({ admin, signedInPage }) => {
  test.setTimeout(60_000);
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>('{ tracks { id code } }');
  const specialist = tracks.find((t) => t.code === 'SPECIALIST')!;
  // A draft: it counts for no one's eligibility or points, so other journeys see the demo as seeded.
  const { createModule } = await admin.run<{ createModule: { id: string } }>(
    'mutation ($input: CreateModuleInput!) { createModule(input: $input) { id } }',
    { input: { trackId: specialist.id, title: `Punten per register ${Date.now()}` } },
  );
  const page = await signedInPage('admin');
  await page.goto(`/admin/catalogue/modules/${createModule.id}`);
  const points = page.getByRole('region', { name: 'Accreditatiepunten per register' });
  await points.getByLabel('Punten voor SKJ (Kwaliteitsregister Jeugd)').fill('4');
  await points.getByLabel('Punten voor Kwaliteitsregister Paramedici').fill('0');
  await points.getByRole('button', { name: 'Punten opslaan' }).click();
  await expect(points.getByRole('alert')).not.toBeEmpty();
  await points.getByLabel('Punten voor Kwaliteitsregister Paramedici').fill('2');
  await points.getByRole('button', { name: 'Punten opslaan' }).click();
  await expect(points.getByRole('status')).toHaveText('De punten per register zijn opgeslagen.');
  await page.reload();
  await expect(points.getByLabel('Punten voor SKJ (Kwaliteitsregister Jeugd)')).toHaveValue('4');
  await expect(points.getByLabel('Punten voor Kwaliteitsregister Paramedici')).toHaveValue('2');
  await expect(points.getByLabel('Punten voor NIP (psychologen)')).toHaveValue('');

  // A discipline the demo offers no register: KP added, seen after a reload, then taken back.
  const { disciplines } = await admin.run<{ disciplines: { id: string; nameNl: string }[] }>(
    '{ disciplines { id nameNl } }',
  );
  const offered = await Promise.all(
    disciplines.map((d) =>
      admin.run<{ registers: { code: string }[] }>('query ($id: ID) { registers(disciplineId: $id) { code } }', {
        id: d.id,
      }),
    ),
  );
  const bare = disciplines[offered.findIndex((o) => o.registers.length === 0)];
  await page.goto('/admin/certificates');
  const section = page.getByRole('region', { name: 'Registers per discipline' });
  await section.getByLabel('Discipline').selectOption({ label: bare.nameNl });
  const group = section.getByRole('group', { name: `Registers voor ${bare.nameNl}` });
  await expect(group.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await group.getByLabel('Kwaliteitsregister Paramedici').check();
  await section.getByRole('button', { name: 'Registers opslaan' }).click();
  await expect(section.getByRole('status')).toHaveText(`De registers voor ${bare.nameNl} zijn opgeslagen.`);
  await page.reload();
  await section.getByLabel('Discipline').selectOption({ label: bare.nameNl });
  await expect(group.getByLabel('Kwaliteitsregister Paramedici')).toBeChecked();
  await group.getByLabel('Kwaliteitsregister Paramedici').uncheck();
  await section.getByRole('button', { name: 'Registers opslaan' }).click();
  await expect(section.getByRole('status')).toHaveText(`De registers voor ${bare.nameNl} zijn opgeslagen.`);
});
