import { PublicCataloguePage } from './pages/public-catalogue.page';
import { uniquePerson } from './support/api';
import { waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

test('a visitor browses the public catalogue and sends an intake request, which the admin handles', async ({
  page,
  signedInPage,
}) => {
  const catalogue = new PublicCataloguePage(page);
  await page.goto('/login');
  await page.getByRole('link', { name: 'Bekijk het opleidingsaanbod en meld je aan' }).click();
  await expect(catalogue.heading).toHaveText('Opleidingsaanbod');

  // Every published track with its modules, hours and points; drafts are not shown.
  for (const title of ['IMH-kerncursus', 'Route IMH generalist', 'Route IMH specialist']) {
    await expect(catalogue.track(title)).toBeVisible();
  }
  await expect(catalogue.track('IMH-kerncursus')).toContainText('De eerste 1001 dagen');
  const generalist = catalogue.track('Route IMH generalist');
  await expect(generalist).toContainText('19 studie-uren');
  await expect(generalist).toContainText('12 accreditatiepunten');
  await expect(generalist).toContainText('Na het afronden van IMH-kerncursus');
  await expect(generalist.getByRole('heading', { level: 4 })).toHaveText([
    'Overmatig huilen en regulatie',
    'Psychische problematiek van ouders',
    'Armoede en context',
  ]);
  await expect(page.getByText('Casuïstiek en supervisie')).toHaveCount(0);

  // The intake form: every missing field is marked at once.
  await generalist.getByRole('link', { name: 'Aanmelden voor Route IMH generalist' }).click();
  await expect(catalogue.heading).toHaveText('Aanmelden voor een intake');
  await expect(catalogue.field('Belangstelling voor')).toHaveValue('GENERALIST');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer de 4 gemarkeerde velden.' })).toBeVisible();
  for (const [label, error] of [
    ['Naam', 'Vul je naam in.'],
    ['E-mailadres', 'Vul een geldig e-mailadres in.'],
    ['Organisatie', 'Vul je organisatie in.'],
    ['Discipline', 'Vul je discipline in.'],
  ]) {
    await expect(catalogue.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(catalogue.field(label)).toHaveAccessibleDescription(new RegExp(error.replace('.', '\\.')));
  }
  await expect(catalogue.field('Naam')).toBeFocused();

  const visitor = uniquePerson();
  const since = Date.now();
  await catalogue.field('Naam').fill(visitor.name);
  await catalogue.field('E-mailadres').fill(visitor.email);
  await catalogue.field('Telefoonnummer (optioneel)').fill('06 12345678');
  await catalogue.field('Organisatie').fill('Wijkteam Oost');
  await catalogue.field('Discipline').fill('Maatschappelijk werk');
  await catalogue.field('Bericht (optioneel)').fill('Ik werk in een wijkteam en wil graag in het voorjaar beginnen.');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(catalogue.heading).toHaveText('Bedankt voor je aanmelding');
  await expect(page.getByRole('status')).toContainText(`een bevestiging gestuurd naar ${visitor.email}`);

  const mail = await waitForMail(visitor.email, { since });
  expect(mail.subject).toBe('We hebben je aanvraag ontvangen');

  // The admin sees the request, newest first, and marks it handled.
  const admin = await signedInPage('admin');
  await admin.goto('/admin/intake');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Aanmeldingen');
  const request = admin.getByRole('listitem').filter({ hasText: visitor.email });
  await expect(request).toContainText('Wijkteam Oost');
  await expect(request).toContainText('Route generalist');
  await request.getByRole('button', { name: `Aanmelding van ${visitor.name} markeren als afgehandeld` }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: `De aanmelding van ${visitor.name} is afgehandeld.` }),
  ).toBeVisible();
  await expect(request).toHaveCount(0);
  await admin.getByLabel('Toon').selectOption({ label: 'Afgehandeld' });
  await expect(admin.getByRole('listitem').filter({ hasText: visitor.email })).toContainText('Afgehandeld op');
});
