import { readFileSync } from 'node:fs';
import { StudentAssignmentsPage } from './pages/assignments.page';
import { GradingPage } from './pages/grading.page';
import { GraphQLClient } from './support/api';
import { DEMO_ASSIGNMENT, samplePdf } from './support/assignments-data';
import { authFile, DEMO_USERS } from './support/env';
import { expect, test } from './support/fixtures';
import { mailsTo } from './support/mail';

const STUDENT = DEMO_USERS.student;
const REPORT = `Tijdens het consultatiebureaubezoek speelde een moeder tien minuten met haar zoon van veertien maanden.

Het kind pakte een blokje en keek naar zijn moeder; zij knikte en zei "ja, dat is een blokje".`;
const COMMENT = 'Beschrijf concreter hoe de moeder reageert wanneer het kind wegkijkt.';

// The demo student hands in the demo observation report; this is the only journey that does.
test.use({ storageState: authFile('student') });

test('the student hands in an observation report, revises it on request, and reads the released grade and feedback', async ({
  page,
  signedInPage,
}) => {
  test.setTimeout(60_000);
  const student = new StudentAssignmentsPage(page);
  const docentPage = await signedInPage('docent');
  const docent = new GradingPage(docentPage);

  // The list shows the assignment with its due date; it opens with instructions and rubric.
  await student.gotoList();
  await expect(student.row(DEMO_ASSIGNMENT)).toContainText('Nog niet begonnen');
  await expect(student.row(DEMO_ASSIGNMENT)).toContainText(/\d{2}:\d{2}/);
  await student.open(DEMO_ASSIGNMENT);
  const assignmentId = new URL(page.url()).pathname.split('/').at(-1)!;
  await expect(page.locator('.lesson-body')).toContainText('tien minuten');
  await expect(page.getByRole('table', { name: 'Rubric' })).toContainText('Beschrijvend observeren');
  await expect(page.locator('h1')).toHaveCount(1);

  // The text is saved as she writes; a refused file type is named, a PDF is attached.
  await student.text.fill(REPORT);
  await student.expectSaved();
  await student.fileInput.setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(
    student.alert('notities.txt is niet toegevoegd: dit bestandstype is niet toegestaan. Toegestaan: pdf, docx.'),
  ).toBeVisible();
  await student.fileInput.setInputFiles({
    name: 'observatieverslag.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf('Observatieverslag'),
  });
  await expect(student.attachedFile('observatieverslag.pdf')).toBeVisible();
  await student.expectSaved();
  const submittedAt = Date.now();
  await student.handInAttempt(1);
  await expect(page.getByText(/Je hebt poging 1 ingeleverd op .+ Je docent beoordeelt je werk/)).toBeVisible();
  await expect(student.attemptRow(1)).toContainText('Ingeleverd');
  await expect(student.text).toHaveCount(0);

  // The docent is told, and finds the attempt in the queue.
  await docent.gotoQueue();
  await expect(docent.queueRow(STUDENT.name, 1)).toContainText('Te beoordelen');
  await docent.queueRow(STUDENT.name, 1).getByRole('link', { name: STUDENT.name }).click();
  await expect(docent.heading).toHaveText(`${STUDENT.name} · ${DEMO_ASSIGNMENT}`);
  const firstAttemptId = new URL(docentPage.url()).pathname.split('/').at(-1)!;
  await waitForMailWith('docent@imh.test', submittedAt, `/grading/${firstAttemptId}`);
  await expect(docentPage.getByText('Het kind pakte een blokje')).toBeVisible();
  const [download] = await Promise.all([
    docentPage.waitForEvent('download'),
    docentPage.getByRole('link', { name: 'observatieverslag.pdf' }).click(),
  ]);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // A revision, with a comment.
  await docent.requestRevision.click();
  const revision = docent.dialog(`Revisie vragen aan ${STUDENT.name}`);
  await revision.getByRole('button', { name: 'Revisie vragen' }).click();
  await expect(revision.getByText('Schrijf wat er anders moet.')).toBeVisible();
  await revision.getByRole('textbox', { name: 'Wat moet er anders?' }).fill(COMMENT);
  const revisedAt = Date.now();
  await revision.getByRole('button', { name: 'Revisie vragen' }).click();
  await expect(docent.message(`Revisie gevraagd. ${STUDENT.name} krijgt een e-mail.`)).toBeVisible();
  await waitForMailWith(STUDENT.email, revisedAt, `/assignments/${assignmentId}`);

  // The student reads the comment, takes over her first attempt, adds to it and hands in again.
  await page.reload();
  await expect(page.getByText('Je docent vraagt je poging 1 aan te passen')).toBeVisible();
  await expect(page.getByText(COMMENT)).toBeVisible();
  await expect(student.attemptRow(1)).toContainText('Revisie gevraagd');
  await page.getByRole('button', { name: 'Neem poging 1 over' }).click();
  await expect(student.text).toHaveValue(REPORT);
  await expect(student.attachedFile('observatieverslag.pdf')).toBeVisible();
  await student.expectSaved();
  await student.text.fill(`${REPORT}\n\nToen het kind wegkeek, wachtte de moeder en volgde zijn blik.`);
  await student.expectSaved();
  await student.handInAttempt(2);
  await expect(student.attemptRow(2)).toContainText('Ingeleverd');
  // The first attempt stays readable, with the docent's comment.
  await student.attemptRow(1).getByRole('link', { name: 'Poging 1' }).click();
  await expect(student.heading).toHaveText(`Poging 1 · ${DEMO_ASSIGNMENT}`);
  await expect(page.getByText(COMMENT)).toBeVisible();
  await expect(page.getByRole('link', { name: 'observatieverslag.pdf' })).toBeVisible();

  // The docent opens the second attempt. Meanwhile a colleague saves a grade for it: the
  // docent's save is refused instead of overwriting it, and the newest version loads.
  await docent.gotoQueue();
  await docent.queueRow(STUDENT.name, 2).getByRole('link', { name: STUDENT.name }).click();
  await expect(docentPage.getByText('wachtte de moeder en volgde zijn blik')).toBeVisible();
  // Her first attempt stays readable beside it, with the comment that sent it back.
  const earlier = docentPage.getByRole('region', { name: 'Eerdere pogingen' });
  await expect(earlier.getByRole('heading', { name: 'Poging 1' })).toBeVisible();
  await expect(earlier).toContainText(COMMENT);
  await expect(earlier.getByRole('link', { name: 'observatieverslag.pdf' })).toBeVisible();
  await expect(earlier.getByRole('textbox')).toHaveCount(0);
  await expect(docentPage.getByText(/Inleverdatum van de lesgroep: .+\d{2}:\d{2}/)).toBeVisible();
  await expect(docentPage.getByRole('button', { name: 'Uitstel verlenen…' })).toBeVisible();
  const secondAttemptId = new URL(docentPage.url()).pathname.split('/').at(-1)!;
  await docent.chooseLevel('Beschrijvend observeren', 'Goed');
  await saveGradeAsColleague(secondAttemptId);
  await docent.saveDraft.click();
  await expect(docent.alert('Iemand anders heeft deze beoordeling intussen gewijzigd.')).toBeVisible();
  await docentPage.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(docent.criterion('Beschrijvend observeren').getByRole('radio', { name: /^Voldoende ·/ })).toBeChecked();

  // Scoring the rubric: levels, points typed within range, pass/fail; the total follows.
  await docent.chooseLevel('Beschrijvend observeren', 'Goed');
  await docent.chooseLevel('Interactie en signalen', 'Voldoende');
  await docent.points('Reflectie op eigen rol').fill('3');
  await docent.chooseLevel('Privacy van het gezin gewaarborgd', 'Behaald');
  await docent.saveDraft.click();
  await expect(docent.alert('Controleer de gemarkeerde scores.')).toBeVisible();
  await expect(docent.criterion('Reflectie op eigen rol')).toContainText('Vul een heel getal van 0 tot en met 2 in.');
  await docent.points('Reflectie op eigen rol').fill('2');
  await expect(docent.criterion('Reflectie op eigen rol').getByRole('radio', { name: /^Goed ·/ })).toBeChecked();
  await expect(docentPage.getByText('Totaal 9 van 11 punten')).toBeVisible();
  await docent.feedback.fill('Je beschrijft **concreet** wat je zag. Let nog op je eigen rol.');
  await docent.saveDraft.click();
  await expect(docent.message(/Concept opgeslagen om \d{1,2}:\d{2}/)).toBeVisible();

  // Release, after a confirm step.
  await docent.release.click();
  const confirm = docent.dialog(`Beoordeling vrijgeven aan ${STUDENT.name}?`);
  await expect(confirm).toContainText('Totaal 9 van 11 punten');
  const releasedAt = Date.now();
  await confirm.getByRole('button', { name: 'Ja, vrijgeven' }).click();
  await expect(docent.message(`Beoordeling vrijgegeven. ${STUDENT.name} krijgt een e-mail.`)).toBeVisible();
  await expect(docentPage.getByText('De beoordeling is vrijgegeven.')).toBeVisible();
  await waitForMailWith(STUDENT.email, releasedAt, `/assignments/${assignmentId}`);

  // The student reads her grade: per criterion, the total, the verdict and the feedback.
  await student.gotoList();
  await expect(student.row(DEMO_ASSIGNMENT)).toContainText('Voldoende');
  await student.open(DEMO_ASSIGNMENT);
  const grade = page.getByRole('region', { name: 'Beoordeling van poging 2' });
  await expect(grade).toContainText('Totaal 9 van 11 punten');
  await expect(grade).toContainText('Voldoende');
  await expect(grade.getByRole('row', { name: /Interactie en signalen/ })).toContainText('Voldoende');
  await expect(grade.getByRole('row', { name: /Privacy van het gezin/ })).toContainText('Behaald');
  await expect(grade.locator('strong', { hasText: 'concreet' })).toBeVisible();
  await expect(student.text).toHaveCount(0);
  await expect(student.attemptRow(2)).toContainText('Voldoende');

  // A released grade changes only with a reason.
  await docentPage.getByRole('button', { name: 'Beoordeling wijzigen' }).click();
  await docent.feedback.fill('Je beschrijft **concreet** wat je zag. Je eigen rol is nu ook helder.');
  await docentPage.getByRole('button', { name: 'Wijziging opslaan…' }).click();
  const reason = docent.dialog('Waarom wijzig je deze beoordeling?');
  await reason.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(reason.getByText('Geef een reden voor de wijziging.')).toBeVisible();
  await reason.getByRole('textbox', { name: 'Reden van de wijziging' }).fill('Feedback aangevuld na nabespreking.');
  await reason.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(docent.message('Beoordeling gewijzigd. De reden is vastgelegd.')).toBeVisible();
  await page.reload();
  await expect(grade).toContainText('Je eigen rol is nu ook helder.');
});

/** A mail to `address` since `since` whose text holds `needle` (the worker sends asynchronously). */
async function waitForMailWith(address: string, since: number, needle: string) {
  await expect
    .poll(() => mailsTo(address, since - 1000).some((mail) => mail.text.includes(needle)), { timeout: 15_000 })
    .toBe(true);
}

/** Another docent of the cohort saving a grade first: here the demo docent's own API session. */
async function saveGradeAsColleague(submissionId: string) {
  const colleague = await GraphQLClient.signedIn('docent');
  try {
    const { submission } = await colleague.run<{
      submission: { assignment: { rubric: { criteria: { id: string; title: string }[] } } };
    }>(`query ($id: ID!) { submission(id: $id) { assignment { rubric { criteria { id title } } } } }`, {
      id: submissionId,
    });
    const first = submission.assignment.rubric.criteria.find((c) => c.title === 'Beschrijvend observeren')!;
    await colleague.run(`mutation ($input: SaveGradeInput!) { saveGrade(input: $input) { id } }`, {
      input: { submissionId, scores: [{ criterionId: first.id, points: 2 }], feedback: '' },
    });
  } finally {
    await colleague.dispose();
  }
}
