import { readFileSync } from 'node:fs';
import { authFile, DEMO_USERS } from './support/env';
import { expect, test } from './support/fixtures';

const CORE = 'IMH-kerncursus';
const graduate = DEMO_USERS.graduate;

// The admin issues the second demo student's certificate, the student downloads its PDF, a
// signed-out visitor verifies it (and an altered copy), and after revocation the page says so.
// Only this journey issues to the second demo student.
test.use({ storageState: authFile('admin') });

test('an issued certificate is downloaded, verified signed out with its PDF, and shows as revoked', async ({
  page,
  signedInPage,
  freshPage,
}) => {
  // Three people, a PDF made by the worker, and axe on every page: more than one journey's budget.
  test.slow();
  await page.goto('/admin/certificates');
  await page.getByLabel('Leerroute').selectOption({ label: CORE });
  await page.getByRole('button', { name: `Certificaat uitgeven aan ${graduate.name}` }).click();
  const issued = page.getByRole('status').filter({ hasText: /Certificaat IMH-\d{4}-\d{6} is uitgegeven\./ });
  await expect(issued).toBeVisible();
  const number = (await issued.textContent())!.match(/IMH-\d{4}-\d{6}/)![0];

  // The student downloads the PDF once the worker has made it.
  const student = await signedInPage('graduate');
  await student.goto('/certificates');
  const row = student.getByRole('row', { name: new RegExp(number) });
  await expect(async () => {
    await student.reload();
    await expect(row.getByRole('link', { name: 'PDF' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const [download] = await Promise.all([
    student.waitForEvent('download'),
    row.getByRole('link', { name: 'PDF' }).click(),
  ]);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const verifyUrl = await row.getByRole('link', { name: 'Controlelink' }).getAttribute('href');
  expect(verifyUrl).toMatch(/\/verify\/[A-Z2-7]{32}$/);

  // A signed-out visitor sees every printed field, and the PDF checked by the server.
  const visitor = await freshPage();
  await visitor.goto(new URL(verifyUrl!).pathname);
  await expect(visitor.getByRole('heading', { name: 'Certificaat controleren' })).toBeVisible();
  await expect(visitor.getByRole('status').filter({ hasText: 'Geldig' })).toBeVisible();
  const details = visitor.locator('dl.details');
  await expect(details).toContainText(graduate.name);
  await expect(details).toContainText(CORE);
  await expect(details).toContainText(number);
  await expect(details).toContainText('Anouk de Vries');
  const upload = visitor.getByLabel('Kies de PDF of het digitale certificaat (.jwt) dat u hebt ontvangen');
  await upload.setInputFiles({ name: `${number}.pdf`, mimeType: 'application/pdf', buffer: pdf });
  await expect(
    visitor.getByText('Dit bestand is precies het certificaat zoals het is uitgegeven, en het is geldig.'),
  ).toBeVisible();
  // An altered copy: one byte of the name changed is another file.
  const altered = Buffer.from(pdf);
  altered[Math.floor(altered.length / 2)] ^= 0x01;
  await upload.setInputFiles({ name: `${number}-bewerkt.pdf`, mimeType: 'application/pdf', buffer: altered });
  await expect(
    visitor.getByText('Dit bestand is niet het certificaat zoals het is uitgegeven', { exact: false }),
  ).toBeVisible();

  // The admin revokes it, with a reason; the verify page says revoked.
  await page.getByRole('button', { name: `${number} intrekken` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reden').fill('Uitgegeven voor de verkeerde leerroute');
  await dialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Certificaat ${number} is ingetrokken.` })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('status').filter({ hasText: /Ingetrokken op/ })).toBeVisible();

  // The whole earlier class group at once, in the worker, its progress shown as it runs: the
  // revoked certificate no longer counts, so Lieke gets a new one; Eva Smit holds hers already.
  await page.getByLabel('Lesgroep', { exact: true }).selectOption({ label: 'Kerncursus – lesgroep voorjaar' });
  await page.getByRole('button', { name: 'Certificaten uitgeven aan de lesgroep' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'Kerncursus – lesgroep voorjaar' });
  await expect(progress).toContainText('zijn uitgegeven', { timeout: 30_000 });
  await expect(progress).toContainText('100%');
  await expect(progress).toContainText('2 van 2 cursisten verwerkt: 1 uitgegeven, 1 hadden er al een');
  await expect(progress.getByRole('progressbar', { name: 'Voortgang' })).toHaveAttribute('value', '100');
  await expect(page.getByRole('row', { name: new RegExp(graduate.name) }).first()).toBeVisible();
});
