import { randomBytes } from 'node:crypto';
import { CataloguePage } from './pages/catalogue.page';
import { LessonPage, MyLearningPage } from './pages/learning.page';
import { LoginPage } from './pages/login.page';
import { GraphQLClient } from './support/api';
import { authFile } from './support/env';
import { expect, test } from './support/fixtures';

const CORE = 'IMH-kerncursus';

/** The smallest file the API accepts as a PDF: it checks the `%PDF-` signature. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

test.use({ storageState: authFile('admin') });

test('the admin builds a module with two lessons and an attachment, publishes it, and a student follows it', async ({
  page,
  freshPage,
  newUser,
}) => {
  // A student of its own, so this journey never touches the demo student's progress.
  const student = await newUser(['STUDENT']);
  const title = `Spel en spelen ${randomBytes(3).toString('hex')}`;
  const catalogue = new CataloguePage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Enrol the student in the core: find them by e-mail.
  await catalogue.openTrack(CORE);
  await page.getByRole('link', { name: 'Inschrijvingen' }).click();
  await expect(catalogue.heading).toHaveText(`Inschrijvingen: ${CORE}`);
  await page.getByLabel('Zoek een gebruiker op naam of e-mail').fill(student.email);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: `${student.name} inschrijven` }).click();
  await expect(catalogue.message(`${student.name} is ingeschreven.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: student.email })).toContainText('Bezig');

  // A new module starts as a draft and cannot be published without a lesson.
  await catalogue.openTrack(CORE);
  await catalogue.createModule({
    title,
    summary: 'Hoe jonge kinderen in spel laten zien wat hen bezighoudt.',
    hours: '2,5',
    points: '2',
    goals: ['Je beschrijft wat een kind in spel laat zien.', 'Je speelt mee zonder over te nemen.'],
  });
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
  await expect(catalogue.alert(`${title} is niet gepubliceerd: Voeg eerst minstens één les toe.`)).toBeVisible();

  // Lesson 1: markdown with a heading, a script that must stay text, and a video link.
  await catalogue.createLesson({
    title: 'Kijken naar spel',
    body: '## Wat spel laat zien\n\nIn **spel** verwerkt een kind wat het meemaakt.\n\n<script>alert("x")</script>',
    videoUrl: 'https://video.example.org/spel',
  });
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview).toContainText('In spel verwerkt een kind wat het meemaakt.');
  await expect(preview.getByRole('heading', { name: 'Wat spel laat zien' })).toBeVisible();
  await expect(preview).toContainText('<script>alert("x")</script>');

  // Attachments: a refused type, a PDF that is not one, then a real one.
  await catalogue.upload({ name: 'programma.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(catalogue.alert('Dit bestandstype is niet toegestaan.')).toBeVisible();
  await catalogue.upload({ name: 'nep.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf') });
  await expect(catalogue.alert('De inhoud van het bestand past niet bij de extensie.')).toBeVisible();
  await catalogue.upload({ name: 'observatieschema.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(catalogue.message('observatieschema.pdf is als bijlage toegevoegd.')).toBeVisible();
  await expect(catalogue.attachments()).toHaveCount(1);
  await expect(catalogue.attachments()).toContainText('observatieschema.pdf');

  // Lesson 2, then the order: moved with the keyboard, focus staying on the moved lesson.
  await page.getByRole('link', { name: 'Terug naar de module' }).click();
  await catalogue.createLesson({ title: 'Meespelen', body: 'Volg het kind en benoem wat je ziet.' });
  await page.getByRole('link', { name: 'Terug naar de module' }).click();
  await expect(catalogue.lessonItems().getByRole('heading')).toHaveText(['Kijken naar spel', 'Meespelen']);
  await page.getByRole('button', { name: 'Meespelen omhoog verplaatsen' }).focus();
  await page.keyboard.press('Enter');
  await expect(catalogue.lessonItems().getByRole('heading')).toHaveText(['Meespelen', 'Kijken naar spel']);
  await expect(catalogue.message('Meespelen staat nu op plaats 1 van 2.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meespelen omlaag verplaatsen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(catalogue.lessonItems().getByRole('heading')).toHaveText(['Kijken naar spel', 'Meespelen']);
  await expect(page.getByRole('button', { name: 'Meespelen omhoog verplaatsen' })).toBeFocused();

  // Publish, and check the student view.
  await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
  await expect(catalogue.message(`${title} is gepubliceerd`)).toBeVisible();
  await expect(page.getByText('Gepubliceerd', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk als cursist' }).click();
  await expect(page.getByText('Voorbeeld als cursist.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Kijken naar spel' })).toBeVisible();

  // The student sees the new module in the core, opens it and follows the first lesson.
  const studentPage = await freshPage();
  const login = new LoginPage(studentPage);
  await login.goto();
  await login.signIn(student.email, student.password);
  await expect(studentPage).toHaveURL('/');
  const learning = new MyLearningPage(studentPage);
  await learning.goto();
  await expect(learning.module(CORE, title)).toContainText('Nog niet begonnen');
  await expect(learning.module(CORE, title)).toContainText('2,5 studie-uren');
  await learning.module(CORE, title).getByRole('link', { name: title }).click();
  const lesson = new LessonPage(studentPage);
  await expect(lesson.heading).toHaveText(title);
  await expect(studentPage.getByText('Je speelt mee zonder over te nemen.')).toBeVisible();
  await lesson.lessonLink('Kijken naar spel').click();
  await expect(lesson.heading).toHaveText('Kijken naar spel');
  await expect(studentPage.locator('.lesson-body')).toContainText('In spel verwerkt een kind wat het meemaakt.');
  await expect(studentPage.getByRole('link', { name: /Bekijk de video/ })).toHaveAttribute(
    'href',
    'https://video.example.org/spel',
  );
  const attachment = studentPage.getByRole('link', { name: 'observatieschema.pdf' });
  const download = await studentPage.request.get((await attachment.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await lesson.markDone.click();
  await expect(lesson.heading).toHaveText('Meespelen');
  expect(dialogs, 'no script from lesson text ran').toEqual([]);
});

test('in English, publishing a module whose prerequisite is a draft names that prerequisite', async ({
  admin,
  freshPage,
  newUser,
}) => {
  const suffix = randomBytes(3).toString('hex');
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>('{ tracks { id code } }');
  const core = tracks.find((t) => t.code === 'CORE')!.id;
  const create = async (title: string, prerequisiteIds: string[] = []) =>
    (
      await admin.run<{ createModule: { id: string } }>(
        'mutation M($input: CreateModuleInput!) { createModule(input: $input) { id } }',
        { input: { trackId: core, title, prerequisiteIds } },
      )
    ).createModule.id;
  const prerequisite = `Observing play ${suffix}`;
  const dependant = `Playing along ${suffix}`;
  const dependantId = await create(dependant, [await create(prerequisite)]);
  await admin.run('mutation L($input: CreateLessonInput!) { createLesson(input: $input) { id } }', {
    input: { moduleId: dependantId, title: 'Follow the child' },
  });

  const englishAdmin = await newUser(['ADMIN'], 'en');
  const page = await freshPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(englishAdmin.email, englishAdmin.password);
  // Signing in derives the confidential key too: wait until it has landed before navigating.
  await expect(page).toHaveURL('/');
  await page.goto(`/admin/catalogue/modules/${dependantId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dependant);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: `${dependant} was not published: Publish the modules it requires first: ${prerequisite}.` }),
  ).toBeVisible();
});

test('a module students have worked in cannot be deleted; the admin archives it instead', async ({
  page,
  admin,
  newUser,
}) => {
  const title = `Huilen en troosten ${randomBytes(3).toString('hex')}`;
  const { tracks } = await admin.run<{ tracks: { id: string; code: string }[] }>('{ tracks { id code } }');
  const core = tracks.find((t) => t.code === 'CORE')!.id;
  const { createModule } = await admin.run<{ createModule: { id: string } }>(
    'mutation M($input: CreateModuleInput!) { createModule(input: $input) { id } }',
    { input: { trackId: core, title } },
  );
  const { createLesson } = await admin.run<{ createLesson: { id: string } }>(
    'mutation L($input: CreateLessonInput!) { createLesson(input: $input) { id } }',
    { input: { moduleId: createModule.id, title: 'Troosten' } },
  );
  await admin.run('mutation P($id: ID!) { publishModule(id: $id) { id } }', { id: createModule.id });
  // A student of its own completes the lesson, then the module goes back to draft.
  const student = await newUser(['STUDENT']);
  await admin.run('mutation E($input: EnrollStudentInput!) { enrollStudent(input: $input) { id } }', {
    input: { trackId: core, userId: student.id },
  });
  const studentClient = await GraphQLClient.anonymous();
  try {
    await studentClient.run('mutation L($input: LoginInput!) { login(input: $input) { user { id } } }', {
      input: { email: student.email, password: student.password },
    });
    await studentClient.run('mutation C($id: ID!) { completeLesson(lessonId: $id) { lessonId } }', {
      id: createLesson.id,
    });
  } finally {
    await studentClient.dispose();
  }
  await admin.run('mutation U($id: ID!) { unpublishModule(id: $id) { id } }', { id: createModule.id });

  const catalogue = new CataloguePage(page);
  await page.goto(`/admin/catalogue/modules/${createModule.id}`);
  await expect(catalogue.heading).toHaveText(title);
  await page.getByRole('button', { name: 'Module verwijderen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `In ${title} zit al werk van cursisten (afgeronde lessen: 1, inzendingen: 0), dus je kunt de module niet verwijderen. Archiveer haar in plaats daarvan.`,
  );
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  await page.getByRole('button', { name: 'Archiveren', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(catalogue.message(`${title} is gearchiveerd`)).toBeVisible();
  await expect(page.getByText('Gearchiveerd', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Terugzetten uit het archief' }).click();
  await expect(catalogue.message(`${title} is teruggezet als concept`)).toBeVisible();
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();
});
