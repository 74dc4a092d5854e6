import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_LESSON, MY_LEARNING } from '../catalogue/catalogue-fixtures';
import { PDF, PNG, upload } from '../catalogue/upload-helpers';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type AnyData, type TestApp } from '../support/test-app';
import {
  ASSIGNMENT,
  CREATE_ASSIGNMENT,
  createAssignment,
  createWorld,
  observationReport,
  GRANT_EXTENSION,
  ok,
  QUEUE,
  RELEASE,
  REQUEST_REVISION,
  SAVE_DRAFT,
  SAVE_GRADE,
  scores,
  SET_DUE_DATE,
  submitText,
  SUBMISSION,
  SUBMIT,
  UPDATE_ASSIGNMENT,
} from './assignment-fixtures';

const LIMIT = 64 * 1024;
let app: TestApp;
let storageDir: string;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-assignments-'));
  app = await startTestApp({ worker: true, env: { FILE_STORAGE_DIR: storageDir, MAX_UPLOAD_BYTES: String(LIMIT) } });
});
afterAll(async () => {
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

const bigPdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 'b')]);

describe('an observation report from draft to released grade', () => {
  it('student hands in text and a PDF, the docent scores, writes feedback, releases; the student reads it', async () => {
    const world = await createWorld(app, { studentLocale: () => 'en', docentLocale: 'nl' });
    const [student] = world.students;
    const [docent] = world.docents;
    const assignment = await createAssignment(world);
    expect(assignment.rubric.criteria.map((c) => c.maxPoints)).toEqual([4, 2, 1]);

    const uploaded = await upload(student.client, 'verslag.pdf', PDF, { purpose: 'SUBMISSION_FILE' });
    expect(uploaded.status).toBe(201);
    const fileId = uploaded.body.id!;

    // Autosave: a first draft, then an update from the version read; a stale version is CONFLICT.
    const first = (
      await ok(student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Eerste opzet' } }))
    ).saveSubmissionDraft;
    expect(first).toMatchObject({ status: 'DRAFT', attempt: 1, version: 1 });
    const second = (
      await ok(
        student.client.gql(SAVE_DRAFT, {
          input: { assignmentId: assignment.id, text: 'Moeder en **Sam** spelen.', fileIds: [fileId], version: 1 },
        }),
      )
    ).saveSubmissionDraft;
    expect(second).toMatchObject({ id: first.id, version: 2, files: [{ id: fileId, originalName: 'verslag.pdf' }] });
    expectError(
      await student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'oud', version: 1 } }),
      'CONFLICT',
      'STALE_DRAFT',
    );

    const submitted = (await ok(student.client.gql(SUBMIT, { input: { submissionId: first.id, version: 2 } })))
      .submitSubmission;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', late: false, attempt: 1 });
    expectError(
      await student.client.gql(SUBMIT, { input: { submissionId: first.id, version: 3 } }),
      'CONFLICT',
      'ALREADY_SUBMITTED',
    );

    // The docent finds it in the queue, opens it and downloads the file.
    const queue = (await ok(docent.client.gql(QUEUE, { filter: { assignmentId: assignment.id } }))).gradingQueue;
    expect(queue.totalCount).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: first.id, authorName: student.user.user.name, anonymised: false });
    const opened = (await ok(docent.client.gql(SUBMISSION, { id: first.id }))).submission;
    expect(opened.text).toBe('Moeder en **Sam** spelen.');
    const download = await docent.client.fetch(`/files/${fileId}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const draftGrade = (
      await ok(
        docent.client.gql(SAVE_GRADE, {
          input: { submissionId: first.id, scores: scores(assignment).slice(0, 2), feedback: 'Mooi **beschreven**.' },
        }),
      )
    ).saveGrade;
    expect(draftGrade).toMatchObject({ status: 'DRAFT', totalPoints: 6, passed: null, version: 1 });
    // The student sees no grade before release.
    expect((await ok(student.client.gql(SUBMISSION, { id: first.id }))).submission.grade).toBeNull();

    const complete = (
      await ok(
        docent.client.gql(SAVE_GRADE, {
          input: {
            submissionId: first.id,
            version: 1,
            scores: scores(assignment, [2, 2, 1]),
            feedback: 'Mooi **beschreven**.\n\n<img src=x onerror=alert(1)>',
          },
        }),
      )
    ).saveGrade;
    expect(complete).toMatchObject({ totalPoints: 5, passed: true, version: 2 });
    expect(complete.feedbackHtml).toContain('<strong>beschreven</strong>');
    expect(complete.feedbackHtml).not.toContain('<img');

    const released = (await ok(docent.client.gql(RELEASE, { ids: [first.id] }))).releaseGrades;
    expect(released).toEqual([
      { id: first.id, status: 'GRADED', grade: { id: complete.id, status: 'RELEASED', passed: true } },
    ]);

    const read = (await ok(student.client.gql(ASSIGNMENT, { id: assignment.id }))).assignment;
    expect(read.instructionsHtml).toContain('<strong>tien minuten</strong>');
    expect(read.instructionsHtml).not.toContain('<script>');
    expect(read.mySubmissions).toHaveLength(1);
    expect(read.mySubmissions[0].grade).toMatchObject({
      status: 'RELEASED',
      totalPoints: 5,
      passed: true,
      scores: scores(assignment, [2, 2, 1]),
    });
    expect(read.mySubmissions[0].grades).toHaveLength(1);

    // E-mails: the docent in Dutch on submission, the student in English on release; no content.
    await app.drainQueues();
    const docentMail = app.mail.to(docent.user.email);
    expect(docentMail.map((m) => m.subject)).toEqual([`Nieuwe inzending: ${assignment.title}`]);
    expect(docentMail[0].text).toContain(`/grading/${first.id}`);
    expect(docentMail[0].text).not.toContain('Sam');
    expect(docentMail[0].text).not.toContain(student.user.user.name);
    const studentMail = app.mail.to(student.user.email);
    expect(studentMail.map((m) => m.subject)).toEqual([`Your grade for ${assignment.title} is ready`]);
    expect(studentMail[0].text).not.toContain('beschreven');
    // Passed, so no further attempt.
    expectError(
      await student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'nog eens' } }),
      'CONFLICT',
      'ALREADY_PASSED',
    );
  });

  it('a revision cycle: request with a comment, the student reads it and resubmits; earlier attempts stay readable', async () => {
    const world = await createWorld(app, { studentLocale: () => 'nl' });
    const [student] = world.students;
    const [docent] = world.docents;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt1 = await submitText(student.client, assignment.id, 'Eerste versie');

    expectError(
      await docent.client.gql(REQUEST_REVISION, { input: { submissionId: attempt1.id, comment: '   ' } }),
      'BAD_USER_INPUT',
    );
    const revised = (
      await ok(
        docent.client.gql(REQUEST_REVISION, {
          input: { submissionId: attempt1.id, comment: 'Beschrijf *wat je zag*, niet wat je dacht.' },
        }),
      )
    ).requestRevision;
    expect(revised.status).toBe('REVISION_REQUESTED');

    const mine = (await ok(student.client.gql(ASSIGNMENT, { id: assignment.id }))).assignment.mySubmissions;
    expect(mine[0].revisionCommentHtml).toContain('<em>wat je zag</em>');

    const attempt2 = await submitText(student.client, assignment.id, 'Tweede versie');
    expect(attempt2.attempt).toBe(2);
    const all = (await ok(student.client.gql(ASSIGNMENT, { id: assignment.id }))).assignment.mySubmissions;
    expect(all.map((s: { attempt: number; status: string; text: string }) => [s.attempt, s.status, s.text])).toEqual([
      [1, 'REVISION_REQUESTED', 'Eerste versie'],
      [2, 'SUBMITTED', 'Tweede versie'],
    ]);
    // Two attempts allowed: no third revision round.
    expectError(
      await docent.client.gql(REQUEST_REVISION, { input: { submissionId: attempt2.id, comment: 'Nog eens' } }),
      'CONFLICT',
      'NO_ATTEMPTS_LEFT',
    );
    await app.drainQueues();
    expect(app.mail.to(student.user.email).map((m) => m.subject)).toEqual([`Herziening gevraagd: ${assignment.title}`]);
  });
});

describe('bad input leaves nothing half-written', () => {
  it('authoring: only admins, every bad field named, nothing written', async () => {
    const world = await createWorld(app, { students: 1 });
    const count = () => countRows('SELECT count(*) FROM assignment WHERE module_id = $1', [world.moduleId]);
    expectError(
      await world.docents[0].client.gql(CREATE_ASSIGNMENT, { input: observationReport(world.moduleId) }),
      'FORBIDDEN',
    );
    const bad = await world.admin.gql(CREATE_ASSIGNMENT, {
      input: observationReport(world.moduleId, {
        allowedFileTypes: ['pdf', 'exe'],
        maxFileBytes: LIMIT + 1,
        passRule: 'ALL_CRITERIA_PASSED',
      }),
    });
    const error = expectError(bad, 'BAD_USER_INPUT', 'INVALID_ASSIGNMENT');
    expect(error.extensions?.fields).toEqual({
      allowedFileTypes: 'FILE_TYPES_UNKNOWN',
      maxFileBytes: 'FILE_LIMIT_ABOVE_STORAGE',
      passRule: 'PASS_RULE_NEEDS_PASS_FAIL',
    });
    expect(error.extensions?.params).toEqual({ unknownTypes: ['exe'], storageLimitBytes: LIMIT });
    // Field problems keep their index path, down to the level.
    const rubric = expectError(
      await world.admin.gql(CREATE_ASSIGNMENT, {
        input: observationReport(world.moduleId, {
          passMinPoints: 99,
          criteria: [
            { title: 'Eén', kind: 'POINTS', levels: [{ label: 'Alleen', points: 1 }] },
            {
              title: 'Twee',
              kind: 'POINTS',
              levels: [
                { label: 'A', points: 0 },
                { label: 'B', points: 2 },
                { label: 'C', points: 2 },
              ],
            },
            { title: 'Drie', kind: 'PASS_FAIL', levels: [{ label: 'X', points: 1 }] },
          ],
        }),
      }),
      'BAD_USER_INPUT',
      'INVALID_ASSIGNMENT',
    );
    expect(rubric.extensions?.fields).toEqual({
      'criteria.0.levels': 'LEVELS_TOO_FEW',
      'criteria.1.levels.2.points': 'LEVEL_POINTS_REPEATED',
      'criteria.2.levels': 'PASS_FAIL_HAS_LEVELS',
      passMinPoints: 'PASS_MIN_ABOVE_TOTAL',
    });
    expect(rubric.extensions?.params).toEqual({ maxTotalPoints: 3 });
    expect(await count()).toBe(0);
    const assignment = await createAssignment(world);
    // The rubric is fixed once a grade refers to it.
    const attempt = await submitText(world.students[0].client, assignment.id, 'Tekst', [
      (await upload(world.students[0].client, 'v.pdf', PDF, { purpose: 'SUBMISSION_FILE' })).body.id!,
    ]);
    await ok(world.docents[0].client.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: [] } }));
    const input = { ...observationReport(world.moduleId), id: assignment.id, title: 'Nieuw' } as Record<
      string,
      unknown
    >;
    delete input.moduleId;
    expect((await ok(world.admin.gql(UPDATE_ASSIGNMENT, { input }))).updateAssignment.title).toBe('Nieuw');
    expectError(
      await world.admin.gql(UPDATE_ASSIGNMENT, {
        input: { ...input, criteria: [{ title: 'Eén', kind: 'PASS_FAIL' }], passRule: 'ALL_CRITERIA_PASSED' },
      }),
      'CONFLICT',
      'RUBRIC_IN_USE',
    );
  });

  it('a submission after the last attempt is CONFLICT', async () => {
    const world = await createWorld(app);
    const [student] = world.students;
    const [docent] = world.docents;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [], maxAttempts: 1 });
    const attempt = await submitText(student.client, assignment.id, 'Enige poging');
    expectError(
      await student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Nog een' } }),
      'CONFLICT',
      'AWAITING_GRADE',
    );
    await ok(
      docent.client.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment, [0, 0, 1]) } }),
    );
    await ok(docent.client.gql(RELEASE, { ids: [attempt.id] }));
    const before = await countRows('SELECT count(*) FROM submission WHERE assignment_id = $1', [assignment.id]);
    expectError(
      await student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Nog een' } }),
      'CONFLICT',
      'NO_ATTEMPTS_LEFT',
    );
    expect(await countRows('SELECT count(*) FROM submission WHERE assignment_id = $1', [assignment.id])).toBe(before);
  });

  it('a file over the size limit or of a refused type is BAD_USER_INPUT and no file is kept', async () => {
    const world = await createWorld(app);
    const [student] = world.students;
    const assignment = await createAssignment(world);
    const files = () => countRows('SELECT count(*) FROM stored_file WHERE created_by_id = $1', [student.user.user.id]);

    // Over the storage limit: refused by the upload itself.
    const huge = await upload(student.client, 'groot.pdf', bigPdf(LIMIT + 10), { purpose: 'SUBMISSION_FILE' });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.code).toBe('BAD_USER_INPUT');
    expect(await files()).toBe(0);

    // Within the storage limit but over this assignment's, or of a type it does not take.
    const tooBig = await upload(student.client, 'verslag.pdf', bigPdf(6000), { purpose: 'SUBMISSION_FILE' });
    const image = await upload(student.client, 'foto.png', PNG, { purpose: 'SUBMISSION_FILE' });
    expect([tooBig.status, image.status]).toEqual([201, 201]);
    const bigRes = await student.client.gql(SAVE_DRAFT, {
      input: { assignmentId: assignment.id, text: 'x', fileIds: [tooBig.body.id] },
    });
    const big = expectError(bigRes, 'BAD_USER_INPUT', 'SUBMISSION_FILE_TOO_LARGE');
    expect(big.extensions?.fields).toHaveProperty('fileIds.0');
    expect(big.extensions?.params).toEqual({ file: 'verslag.pdf', maxBytes: 5000 });
    const typeRes = await student.client.gql(SAVE_DRAFT, {
      input: { assignmentId: assignment.id, text: 'x', fileIds: [image.body.id] },
    });
    expect(expectError(typeRes, 'BAD_USER_INPUT', 'SUBMISSION_FILE_TYPE_NOT_ALLOWED').extensions?.params).toEqual({
      file: 'foto.png',
      allowed: ['pdf', 'docx'],
    });
    expect(await files()).toBe(0);
    expect(await countRows('SELECT count(*) FROM submission WHERE assignment_id = $1', [assignment.id])).toBe(0);
  });

  it('a rubric score outside its range is BAD_USER_INPUT naming the score; no grade is written', async () => {
    const world = await createWorld(app);
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Tekst');
    for (const points of [[5], [0, -1], [0, 0, 2]]) {
      const res = await world.docents[0].client.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, scores: scores(assignment, points).slice(0, points.length) },
      });
      const error = expectError(res, 'BAD_USER_INPUT');
      expect(error.extensions?.reason).toBe('SCORE_OUT_OF_RANGE');
      expect(Object.keys(error.extensions?.fields ?? {})).toEqual([`scores.${points.length - 1}.points`]);
    }
    expect(await countRows('SELECT count(*) FROM grade WHERE submission_id = $1', [attempt.id])).toBe(0);
  });

  it('grading outside one’s cohorts is FORBIDDEN; other students get NOT_FOUND for the submission and its file', async () => {
    const world = await createWorld(app, { students: 2 });
    const other = await createWorld(app, { students: 1 });
    const [author, classmate] = world.students;
    const assignment = await createAssignment(world);
    const file = await upload(author.client, 'verslag.pdf', PDF, { purpose: 'SUBMISSION_FILE' });
    const attempt = await submitText(author.client, assignment.id, 'Privé', [file.body.id!]);
    const outsider = other.docents[0].client;

    expectError(await outsider.gql(SUBMISSION, { id: attempt.id }), 'FORBIDDEN', 'NOT_YOUR_COHORT');
    expectError(
      await outsider.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment) } }),
      'FORBIDDEN',
    );
    expectError(await outsider.gql(RELEASE, { ids: [attempt.id] }), 'FORBIDDEN');
    expectError(
      await outsider.gql(REQUEST_REVISION, { input: { submissionId: attempt.id, comment: 'Nee' } }),
      'FORBIDDEN',
    );
    expectError(await outsider.gql(QUEUE, { filter: { cohortId: world.cohortId } }), 'FORBIDDEN');
    expect((await ok(outsider.gql(QUEUE, { filter: { assignmentId: assignment.id } }))).gradingQueue.totalCount).toBe(
      0,
    );
    expect((await outsider.fetch(`/files/${file.body.id}`)).status).toBe(404);

    expectError(await classmate.client.gql(SUBMISSION, { id: attempt.id }), 'NOT_FOUND');
    expect((await classmate.client.fetch(`/files/${file.body.id}`)).status).toBe(404);
    expect((await world.admin.fetch(`/files/${file.body.id}`)).status).toBe(200);
    expect(await countRows('SELECT count(*) FROM grade WHERE submission_id = $1', [attempt.id])).toBe(0);
  });
});

describe('grades after release, concurrency, anonymity', () => {
  it('changing a released grade needs a reason and is audited with before and after', async () => {
    const world = await createWorld(app);
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Tekst');
    const grade = (
      await ok(docent.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment, [2, 1, 1]) } }))
    ).saveGrade;
    await ok(docent.gql(RELEASE, { ids: [attempt.id] }));
    const change = { submissionId: attempt.id, version: 2, scores: scores(assignment, [4, 1, 1]), feedback: 'Herzien' };
    expectError(await docent.gql(SAVE_GRADE, { input: change }), 'BAD_USER_INPUT', 'REASON_REQUIRED');
    expect(await countRows('SELECT count(*) FROM audit_event WHERE subject_id = $1', [grade.id])).toBe(1);

    const changed = (await ok(docent.gql(SAVE_GRADE, { input: { ...change, reason: 'Telfout bij criterium 1' } })))
      .saveGrade;
    expect(changed).toMatchObject({ status: 'RELEASED', totalPoints: 6, version: 3 });
    const [event] = await sql<{ action: string; data: AnyData }>(
      `SELECT action, data FROM audit_event WHERE subject_id = $1 AND action = 'grade.changed_after_release'`,
      [grade.id],
    );
    expect(event.data.reason).toBe('Telfout bij criterium 1');
    expect(event.data.before.totalPoints).toBe(4);
    expect(event.data.after.totalPoints).toBe(6);
    expect(JSON.stringify(event.data)).not.toContain('Herzien');
  });

  it('two docents saving the same grade at once: one succeeds, the other gets CONFLICT', async () => {
    const world = await createWorld(app, { docents: 2 });
    const [a, b] = world.docents.map((d) => d.client);
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Tekst');
    await ok(a.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: [], feedback: 'start' } }));
    const results = await Promise.all(
      [a, b].map((client, i) =>
        client.gql(SAVE_GRADE, {
          input: { submissionId: attempt.id, version: 1, scores: scores(assignment), feedback: `docent ${i}` },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.saveGrade;
    const [row] = await sql<{ feedback: string; version: number }>(
      'SELECT feedback, version FROM grade WHERE submission_id = $1',
      [attempt.id],
    );
    expect(row).toEqual({ feedback: winner.feedback, version: 2 });
  });

  it('anonymous grading hides the student’s name from the docent until the grade is released', async () => {
    const world = await createWorld(app);
    const [student] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, {
      submissionKind: 'TEXT',
      allowedFileTypes: [],
      anonymousGrading: true,
    });
    const attempt = await submitText(student.client, assignment.id, 'Tekst');
    const hidden = (await ok(docent.gql(SUBMISSION, { id: attempt.id }))).submission;
    expect(hidden).toMatchObject({ anonymised: true, author: null });
    expect(hidden.authorName).toMatch(/^Cursist [0-9A-F]{6}$/);
    const queued = (await ok(docent.gql(QUEUE, { filter: { assignmentId: assignment.id } }))).gradingQueue.items[0];
    expect(queued).toMatchObject({ anonymised: true, author: null, authorName: hidden.authorName });
    expect(JSON.stringify(queued)).not.toContain(student.user.user.name);
    expect((await ok(student.client.gql(SUBMISSION, { id: attempt.id }))).submission.anonymised).toBe(false);

    await ok(docent.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment) } }));
    await ok(docent.gql(RELEASE, { ids: [attempt.id] }));
    const shown = (await ok(docent.gql(SUBMISSION, { id: attempt.id }))).submission;
    expect(shown).toMatchObject({ anonymised: false, authorName: student.user.user.name });
  });
});

describe('due dates, extensions, module completion', () => {
  it('the late mark follows the cohort’s due date, and an extension moves it for one student', async () => {
    const world = await createWorld(app, { students: 2 });
    const [late, extended] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const past = new Date(Date.now() - 3600_000).toISOString();
    await ok(
      docent.gql(SET_DUE_DATE, { input: { assignmentId: assignment.id, cohortId: world.cohortId, dueAt: past } }),
    );
    expectError(
      await docent.gql(GRANT_EXTENSION, {
        input: {
          assignmentId: assignment.id,
          studentId: extended.user.user.id,
          dueAt: new Date(Date.now() - 7200_000),
        },
      }),
      'BAD_USER_INPUT',
      'EXTENSION_NOT_LATER',
    );
    const later = new Date(Date.now() + 7 * 86400_000).toISOString();
    await ok(
      docent.gql(GRANT_EXTENSION, {
        input: { assignmentId: assignment.id, studentId: extended.user.user.id, dueAt: later, reason: 'Ziek' },
      }),
    );
    const outsider = (await createWorld(app, { students: 0 })).docents[0].client;
    expectError(
      await outsider.gql(GRANT_EXTENSION, {
        input: { assignmentId: assignment.id, studentId: late.user.user.id, dueAt: later },
      }),
      'FORBIDDEN',
    );
    expect((await ok(extended.client.gql(ASSIGNMENT, { id: assignment.id }))).assignment.myDueAt).toBe(later);
    expect((await submitText(late.client, assignment.id, 'Te laat')).late).toBe(true);
    expect((await submitText(extended.client, assignment.id, 'Op tijd')).late).toBe(false);
  });

  it('module completion now also requires every assignment of the module to be passed', async () => {
    const world = await createWorld(app);
    const [student] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const done = (await ok(student.client.gql(COMPLETE_LESSON, { lessonId: world.lessonIds[0] }))).completeLesson;
    expect(done.module).toMatchObject({ completed: false, lessonsCompleted: 1, progressPercent: 100 });

    const failing = await submitText(student.client, assignment.id, 'Poging 1');
    await ok(docent.gql(SAVE_GRADE, { input: { submissionId: failing.id, scores: scores(assignment, [0, 0, 1]) } }));
    await ok(docent.gql(RELEASE, { ids: [failing.id] }));
    const moduleOf = async () =>
      (await ok(student.client.gql(MY_LEARNING))).myLearning.enrollments
        .flatMap((e: { modules: { id: string }[] }) => e.modules)
        .find((m: { id: string }) => m.id === world.moduleId);
    expect((await moduleOf()).completed).toBe(false);
    // What is missing is named by a reason and the assignment, for the portal to say in either language.
    const unmet = await ok(
      student.client.gql(
        `query M($id: ID!) { learningModule(id: $id) { unmetRequirements { kind subjectId title } } }`,
        { id: world.moduleId },
      ),
    );
    expect(unmet.learningModule.unmetRequirements).toEqual([
      { kind: 'ASSIGNMENT_PASSED', subjectId: assignment.id, title: assignment.title },
    ]);

    const passing = await submitText(student.client, assignment.id, 'Poging 2');
    await ok(docent.gql(SAVE_GRADE, { input: { submissionId: passing.id, scores: scores(assignment) } }));
    await ok(docent.gql(RELEASE, { ids: [passing.id] }));
    expect((await moduleOf()).completed).toBe(true);
  });
});
