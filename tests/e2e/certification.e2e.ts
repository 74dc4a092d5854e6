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
  const matches = visitor.getByText(
    'Dit bestand is precies het certificaat zoals het is uitgegeven, en het is geldig.',
  );
  const noMatch = visitor.getByText('Dit bestand is niet het certificaat zoals het is uitgegeven', { exact: false });
  await expect(matches).toBeVisible();
  // An altered copy: one byte of the name changed is another file.
  const altered = Buffer.from(pdf);
  altered[Math.floor(altered.length / 2)] ^= 0x01;
  await upload.setInputFiles({ name: `${number}-bewerkt.pdf`, mimeType: 'application/pdf', buffer: altered });
  await expect(noMatch).toBeVisible();

  // The same two files dropped on the page with a real drop event, as a mouse user would.
  const zone = visitor.getByRole('group', { name: 'Sleep een bestand hierheen, of kies er een met de knop.' });
  const drop = async (name: string, bytes: Buffer | null, size = 0) => {
    const dataTransfer = await visitor.evaluateHandle(
      ({ name, bytes, size }) => {
        const transfer = new DataTransfer();
        // A large file is made in the page, so 20 MB never crosses the test's wire to the browser.
        const body = bytes ? new Uint8Array(bytes) : new Uint8Array(size).fill(0x25);
        transfer.items.add(new File([body], name, { type: 'application/pdf' }));
        return transfer;
      },
      { name, bytes: bytes ? [...bytes] : null, size },
    );
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  };
  await drop(`${number}.pdf`, pdf);
  await expect(visitor.getByRole('status').filter({ hasText: `Bestand ${number}.pdf is neergezet.` })).toBeVisible();
  await expect(matches).toBeVisible();
  await expect(noMatch).toBeHidden();
  await drop(`${number}-bewerkt.pdf`, altered);
  await expect(noMatch).toBeVisible();
  await expect(matches).toBeHidden();
  // 20 MB is the server's limit, which the verify query states: one byte more is refused, and it says so.
  await drop('te-groot.pdf', null, 20 * 1024 * 1024 + 1);
  await expect(
    visitor.getByRole('alert').filter({ hasText: 'Het bestand is te groot (maximaal 20 MB).' }),
  ).toBeVisible();
  await expect(upload).toHaveAttribute('aria-invalid', 'true');

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
