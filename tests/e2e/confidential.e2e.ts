import { randomBytes } from 'node:crypto';
import { AppShell } from './pages/app-shell.page';
import { ReceiptPage, WorkspacePage, WriterPage } from './pages/confidential.page';
import { LoginPage } from './pages/login.page';
import { GraphQLClient } from './support/api';
import { sql } from './support/database';
import { authFile, DEMO_USERS } from './support/env';
import { waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

const unique = () => randomBytes(3).toString('hex');

/** A GraphQL answer with its errors, for checking refusals (GraphQLClient.run throws on them). */
async function raw(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  const response = await client.context.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
}

const THREAD = `query ($id: ID!) { confidentialThread(id: $id) { id subject messages { body } } }`;
const REPLY = `mutation ($input: ReplyToConfidentialThreadInput!) { replyToConfidentialThread(input: $input) { id } }`;
const MINE = `{ myConfidentialThreads { items { id subject } } }`;
const START = `mutation ($input: StartConfidentialThreadInput!) { startConfidentialThread(input: $input) { thread { id } } }`;

test.describe('writing to the vertrouwenspersoon', () => {
  test.use({ storageState: authFile('student') });

  test('the demo student writes, the vertrouwenspersoon answers from the inbox, the student reads it and sees "gelezen"', async ({
    page,
    signedInPage,
  }) => {
    test.setTimeout(90_000);
    const subject = `Spanning in de lesgroep ${unique()}`;
    const body = 'Ik merk dat ik opzie tegen de volgende bijeenkomst. Kunnen we daarover praten?';

    // The writer's page says who reads first, then takes the message.
    const writer = new WriterPage(page);
    await writer.goto();
    await expect(
      page.getByText('Alleen de vertrouwenspersoon kan dit lezen; beheerders en docenten kunnen dit niet lezen.'),
    ).toBeVisible();
    const since = Date.now();
    await writer.write({ subject, body });
    await expect(writer.heading).toHaveText(subject);
    await expect(page.getByRole('status').filter({ hasText: 'Je bericht is verstuurd.' })).toBeVisible();
    await expect(writer.messages).toHaveCount(1);
    await expect(writer.messages.first()).toContainText(body);
    await expect(writer.messages.first()).toContainText('Nog niet gelezen');
    await expect(page.getByText(/Wie kan dit lezen: Marja Rensen\./)).toBeVisible();

    // The vertrouwenspersoon is told there is a message, and nothing more.
    const mail = await waitForMail(DEMO_USERS.vertrouwenspersoon.email, { since });
    expect(mail.text).not.toContain(subject);
    expect(mail.text).not.toContain(body);
    expect(mail.text).not.toContain(DEMO_USERS.student.name);
    expect(mail.text).toMatch(/\/vertrouwelijk\/[0-9a-f-]{36}/);

    {
      // A second person's browser: the fixture checks its pages with axe and fails on their errors.
      const confidantPage = await signedInPage('vertrouwenspersoon');
      const workspace = new WorkspacePage(confidantPage);
      await workspace.goto();
      // The only confidant makes a recovery key first (the demo seeds none); it is shown once.
      await expect(confidantPage.getByRole('heading', { name: 'Eerst: je herstelsleutel' })).toBeVisible();
      await expect(workspace.inbox).toHaveCount(0);
      await confidantPage.getByRole('button', { name: 'Herstelsleutel maken' }).click();
      await expect(confidantPage.getByTestId('confidential-secret')).toHaveText(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
      const next = confidantPage.getByRole('button', { name: 'Verder' });
      await expect(next).toBeDisabled();
      await confidantPage.getByLabel('Ik heb de herstelsleutel veilig bewaard').check();
      await next.click();
      await expect(
        confidantPage.getByRole('status').filter({ hasText: 'Je herstelsleutel is gemaakt.' }),
      ).toBeVisible();

      // The inbox: the new thread is unread, named, and opens on a click.
      const row = workspace.inbox.getByRole('row').filter({ hasText: subject });
      await expect(row).toContainText('Nieuw');
      await expect(row).toContainText('Open');
      await expect(
        workspace.inbox.getByRole('row').filter({ hasText: 'Een opmerking in mijn lesgroep' }),
      ).toBeVisible();
      await row.getByRole('link', { name: subject }).click();
      await expect(workspace.heading).toHaveText(subject);
      await expect(confidantPage.getByText(DEMO_USERS.student.name).first()).toBeVisible();
      await expect(workspace.messages.first()).toContainText(body);
      await workspace.answer('Dank je voor je bericht. Zullen we donderdag om 10 uur bellen?');
      await expect(confidantPage.getByRole('table', { name: /Elke keer dat een vertrouwenspersoon/ })).toContainText(
        'Marja Rensen',
      );

      // The link in the e-mail leads to the same thread.
      await confidantPage.goto(mail.text.match(/https?:\/\/\S+\/vertrouwelijk\/[0-9a-f-]{36}/)![0]);
      await expect(workspace.heading).toHaveText(subject);
    }

    // The student sees the answer, and that their own message was read.
    await writer.goto();
    const mine = page.getByRole('table', { name: 'Je gesprekken met de vertrouwenspersoon' });
    await expect(mine.getByRole('row').filter({ hasText: subject })).toContainText('Nieuw antwoord');
    await mine.getByRole('link', { name: subject }).click();
    await expect(writer.messages).toHaveCount(2);
    await expect(writer.messages.first()).toContainText(/Gelezen op/);
    await expect(writer.messages.last()).toContainText('Marja Rensen (vertrouwenspersoon)');
    await expect(writer.messages.last()).toContainText('donderdag om 10 uur');
    await expect(page.getByText('In behandeling')).toBeVisible();
  });

  test('an anonymous thread is followed by its receipt in a signed-out browser, and answered there', async ({
    page,
    freshPage,
  }) => {
    test.setTimeout(60_000);
    const subject = `Anoniem: een vraag ${unique()}`;
    const writer = new WriterPage(page);
    await writer.goto();
    await writer.write({
      subject,
      body: 'Ik wil liever niet zeggen wie ik ben, maar ik heb een vraag.',
      anonymous: true,
    });
    const receipt = await writer.receipt();
    await expect(page.getByText(/Het wordt maar één keer getoond en kan niet worden hersteld/)).toBeVisible();
    await page.getByLabel('Ik heb het bonnummer bewaard').check();
    await page.getByRole('button', { name: 'Klaar' }).click();
    // Not linked to the account: the writer's own list does not hold it.
    await expect(page.getByRole('link', { name: subject })).toHaveCount(0);

    const signedOut = await freshPage();
    const byReceipt = new ReceiptPage(signedOut);
    await byReceipt.open('1234 5678 9012 3456');
    await expect(signedOut.getByRole('alert')).toHaveText(
      'Met dit bonnummer is geen gesprek gevonden. Controleer de 16 cijfers.',
    );
    await byReceipt.open(`${receipt.slice(0, 4)} ${receipt.slice(4, 8)} ${receipt.slice(8, 12)} ${receipt.slice(12)}`);
    await expect(byReceipt.heading).toHaveText(subject);
    await expect(byReceipt.messages).toHaveCount(1);
    await byReceipt.answer('Nog een aanvulling op mijn vraag.');

    // The receipt is kept in the page only, never in its address.
    expect(new URL(signedOut.url()).pathname).toBe('/vertrouwelijk/bon');
    expect(signedOut.url()).not.toContain(receipt);

    // The vertrouwenspersoon answers (arranged through the API; the inbox journey is above).
    const confidant = await GraphQLClient.signedIn('vertrouwenspersoon');
    try {
      const anonymous = await GraphQLClient.anonymous();
      const opened = await anonymous.run<{ confidentialThreadByReceipt: { id: string } }>(
        `query ($receipt: String!) { confidentialThreadByReceipt(receipt: $receipt) { id } }`,
        { receipt },
      );
      await anonymous.dispose();
      await confidant.run(REPLY, {
        input: { threadId: opened.confidentialThreadByReceipt.id, body: 'Welkom. Je mag hier alles vragen.' },
      });
      const attached = await confidant.context.post(
        `/confidential-files/threads/${opened.confidentialThreadByReceipt.id}/attachments`,
        {
          headers: { 'x-imh-csrf': '1' },
          multipart: {
            file: { name: 'informatie.txt', mimeType: 'text/plain', buffer: Buffer.from('Waar je terecht kunt.') },
          },
        },
      );
      expect(attached.status()).toBe(201);
    } finally {
      await confidant.dispose();
    }

    await signedOut.getByRole('button', { name: 'Gesprek sluiten' }).click();
    await expect(signedOut.getByRole('status').filter({ hasText: 'Het gesprek is gesloten.' })).toBeVisible();
    await byReceipt.open(receipt);
    await expect(byReceipt.messages).toHaveCount(3);
    await expect(byReceipt.messages.last()).toContainText('Je mag hier alles vragen.');
    await expect(byReceipt.messages.nth(1)).toContainText('Gelezen op');
    // The vertrouwenspersoon's file opens with the receipt too, which never enters an address.
    await expect(byReceipt.attachments).toContainText('van de vertrouwenspersoon');
    await expect(byReceipt.fileInput).toHaveCount(0);
    expect(await byReceipt.download('informatie.txt')).toEqual({
      fileName: 'informatie.txt',
      text: 'Waar je terecht kunt.',
    });
    expect(signedOut.url()).not.toContain(receipt);
  });

  test('files in a thread: the student attaches one, the vertrouwenspersoon downloads it and answers with one; the admin and a docent get 404', async ({
    page,
    signedInPage,
    admin,
  }) => {
    test.setTimeout(90_000);
    const subject = `Met een bijlage ${unique()}`;
    const fileName = `verslag-${unique()}.txt`;
    const content = `Wat er in de bijeenkomst gebeurde, ${unique()}.`;
    const writer = new WriterPage(page);
    await writer.goto();
    await writer.write({ subject, body: 'Ik heb het opgeschreven; zie de bijlage.' });
    await expect(writer.heading).toHaveText(subject);
    const threadId = new URL(page.url()).pathname.split('/').at(-1)!;

    // The file input states the API's limits and who can open the file.
    await expect(page.getByText('Er zijn nog geen bijlagen in dit gesprek.')).toBeVisible();
    await expect(writer.fileInput).toHaveAccessibleDescription(
      /alleen wie dit gesprek kan lezen, kan het openen\. Toegestaan: .*pdf.*\. Maximaal 10 MB per bestand en 20 bestanden per gesprek\./,
    );
    // Refusals are named: one the portal sees before sending, one only the API can see.
    await writer.chooseAndSend('programma.exe', 'MZ');
    await expect(page.getByRole('alert').filter({ hasText: 'Dit bestandstype is niet toegestaan.' })).toBeVisible();
    await expect(writer.fileInput).toHaveAttribute('aria-invalid', 'true');
    await writer.chooseAndSend('verslag.pdf', 'dit is geen pdf', 'application/pdf');
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'De inhoud van het bestand past niet bij de extensie. Het is geen echt pdf-bestand.' }),
    ).toBeVisible();
    await writer.attach(fileName, content);
    await expect(writer.attachments.getByRole('listitem')).toHaveCount(1);
    await expect(writer.attachments).toContainText('van jou');
    const attachmentId = await writer.attachmentId(fileName);
    expect(attachmentId).toMatch(/^[0-9a-f-]{36}$/);

    {
      const confidantPage = await signedInPage('vertrouwenspersoon');
      const workspace = new WorkspacePage(confidantPage);
      await confidantPage.goto(`/confidential/${threadId}`);
      await expect(workspace.heading).toHaveText(subject);
      await expect(workspace.attachments).toContainText('van de schrijver');
      const downloaded = await workspace.download(fileName);
      expect(downloaded).toEqual({ fileName, text: content });
      await workspace.attach('antwoord.txt', 'Dank je. Ik heb het gelezen.');
    }

    // The student sees the answer's file after opening the thread again, and downloads it.
    await page.reload();
    await expect(writer.attachments.getByRole('listitem')).toHaveCount(2);
    await expect(writer.attachments.getByRole('listitem').last()).toContainText('van de vertrouwenspersoon');
    expect(await writer.download('antwoord.txt')).toEqual({
      fileName: 'antwoord.txt',
      text: 'Dank je. Ik heb het gelezen.',
    });

    // Neither the demo admin nor a docent can fetch it: the same 404 as for a file that never was.
    const docent = await GraphQLClient.signedIn('docent');
    try {
      const never = await admin.context.get('/confidential-files/attachments/00000000-0000-4000-8000-000000000000');
      expect(never.status()).toBe(404);
      for (const outsider of [admin, docent]) {
        const response = await outsider.context.get(`/confidential-files/attachments/${attachmentId}`);
        expect(response.status()).toBe(404);
        expect(await response.json()).toEqual(await never.json());
      }
    } finally {
      await docent.dispose();
    }
  });

  test('the writer changes their password and still reads their conversation; a reset warns first', async ({
    newUser,
    freshPage,
  }) => {
    const student = await newUser(['STUDENT']);
    const page = await freshPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(student.email, student.password);
    await new AppShell(page).expectGreeting(student.name);
    const subject = `Voor na de wachtwoordwijziging ${unique()}`;
    const writer = new WriterPage(page);
    await writer.goto();
    await writer.write({ subject, body: 'Dit moet leesbaar blijven.' });
    await expect(writer.heading).toHaveText(subject);

    await writer.goto();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await expect(writer.heading).toHaveText('Wachtwoord wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill('niet-mijn-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord').fill('een-nieuw-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('een-nieuw-wachtwoord-2026');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(page.getByLabel('Huidig wachtwoord')).toHaveAccessibleDescription('Je huidige wachtwoord klopt niet.');
    // A wrong current password is a refusal, not the end of the session.
    await expect(writer.heading).toHaveText('Wachtwoord wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill(student.password);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /vertrouwelijke berichten blijven leesbaar/ }),
    ).toBeVisible();

    await writer.goto();
    await page.getByRole('link', { name: subject }).click();
    await expect(writer.messages.first()).toContainText('Dit moet leesbaar blijven.');

    // Before a reset the portal says what it costs.
    await new AppShell(page).logout();
    await page.goto('/forgot-password');
    await expect(page.getByText(/kun je je eerdere vertrouwelijke berichten niet meer lezen/)).toBeVisible();
  });
});

test.describe('as the demo admin', () => {
  test.use({ storageState: authFile('admin') });

  test('finds no way to the content: no menu entry, no page, and the API says the thread does not exist', async ({
    page,
    admin,
  }) => {
    const shell = new AppShell(page);
    await page.goto('/');
    await shell.expectGreeting(DEMO_USERS.admin.name);
    await expect(shell.nav.getByRole('link', { name: /Vertrouwe/ })).toHaveCount(0);
    for (const path of ['/confidential', '/confidant']) {
      await page.goto(path);
      await expect(shell.heading).toHaveText('Geen toegang');
    }

    // The demo thread exists (the student reads it) …
    const student = await GraphQLClient.signedIn('student');
    let demoThreadId: string;
    try {
      const mine = await student.run<{ myConfidentialThreads: { items: { id: string; subject: string }[] } }>(MINE);
      demoThreadId = mine.myConfidentialThreads.items.find((t) => t.subject.startsWith('Een opmerking'))!.id;
    } finally {
      await student.dispose();
    }
    await page.goto(`/confidential/${demoThreadId}`);
    await expect(shell.heading).toHaveText('Geen toegang');

    // … and to the admin it does not: the same answer as for a thread that never was.
    const asAdmin = await raw(admin, THREAD, { id: demoThreadId });
    expect(asAdmin.data).toBeNull();
    expect(asAdmin.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const never = await raw(admin, THREAD, { id: '00000000-0000-4000-8000-000000000000' });
    expect(never.errors?.[0].extensions).toEqual(asAdmin.errors?.[0].extensions);
    const inbox = await raw(admin, `{ confidentialInbox { totalCount } }`);
    expect(inbox.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await raw(admin, START, { input: { subject: 'x', body: 'y', anonymous: false } });
    expect(write.errors?.[0].extensions?.reason).toBe('NOT_A_WRITER');
  });
});

test.describe('a session without key material', () => {
  test('is asked to sign in again, and after signing in reads the conversation again', async ({
    newUser,
    freshPage,
  }) => {
    test.setTimeout(60_000);
    const student = await newUser(['STUDENT']);
    const page = await freshPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(student.email, student.password);
    await new AppShell(page).expectGreeting(student.name);
    const subject = `Voor na het opnieuw inloggen ${unique()}`;
    const writer = new WriterPage(page);
    await writer.goto();
    await writer.write({ subject, body: 'Dit lees ik na het opnieuw inloggen weer.' });
    await expect(writer.heading).toHaveText(subject);
    const threadPath = new URL(page.url()).pathname;

    // On the server the session's key material is gone while the session lives on, as when the
    // demo seed replaces a key pair its owner is signed in with, or for a session from before
    // the keys. The session itself is fine; it just cannot open confidential messages.
    await sql('DELETE FROM confidential_session_key WHERE user_id = $1', [student.id]);
    await page.reload();
    await expect(login.heading).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Log opnieuw in om je vertrouwelijke berichten te openen.' }),
    ).toBeVisible();

    // Signing in again wraps the key for the new session, and brings the reader back.
    await login.signIn(student.email, student.password);
    await expect(writer.heading).toHaveText(subject);
    expect(new URL(page.url()).pathname).toBe(threadPath);
    await expect(writer.messages.first()).toContainText('Dit lees ik na het opnieuw inloggen weer.');
  });
});
