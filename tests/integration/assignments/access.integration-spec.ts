import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_LESSON, createModule } from '../catalogue/catalogue-fixtures';
import { PDF, upload } from '../catalogue/upload-helpers';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  createAssignment,
  createWorld,
  GRANT_EXTENSION,
  ok,
  SAVE_DRAFT,
  SAVE_GRADE,
  scores,
  SET_DUE_DATE,
  SUBMIT,
  submitText,
} from './assignment-fixtures';

let app: TestApp;
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-assignment-access-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir } });
});
afterAll(async () => {
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

describe('module locks hold for submissions', () => {
  it('a student cannot draft or hand in for a module they have not unlocked; the refusal names the module', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    // The world's module comes first; a second one opens once it is complete.
    const locked = await createModule(world.trackId, { title: `Vervolg ${world.moduleId.slice(0, 6)}`, lessons: 1 });
    await sql('INSERT INTO module_prerequisite (module_id, prerequisite_id) VALUES ($1, $2)', [
      locked.id,
      world.moduleId,
    ]);
    const assignment = await createAssignment(
      { ...world, moduleId: locked.id },
      { submissionKind: 'TEXT', allowedFileTypes: [] },
    );
    const submissions = () => countRows('SELECT count(*) FROM submission WHERE assignment_id = $1', [assignment.id]);

    const refused = expectError(
      await student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Te vroeg' } }),
      'FORBIDDEN',
      'MODULE_LOCKED',
    );
    expect(refused.extensions?.params).toMatchObject({ module: locked.title });
    expect(await submissions()).toBe(0);
    // The assignment page is told as much before anything is written.
    const HAND_IN = `query H($id: ID!) { assignment(id: $id) { myHandIn { canWrite reason } } }`;
    expect((await ok(student.client.gql(HAND_IN, { id: assignment.id }))).assignment.myHandIn).toEqual({
      canWrite: false,
      reason: 'MODULE_LOCKED',
    });

    // Completing the first module opens the second: drafting works.
    await ok(student.client.gql(COMPLETE_LESSON, { lessonId: world.lessonIds[0] }));
    const draft = (await ok(student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Nu wel' } })))
      .saveSubmissionDraft;

    // A new lesson in the first module locks the second again: handing in is refused, nothing changes.
    await sql(`INSERT INTO lesson (module_id, position, title, body) VALUES ($1, 99, 'Nieuwe les', 'Tekst')`, [
      world.moduleId,
    ]);
    const late = expectError(
      await student.client.gql(SUBMIT, { input: { submissionId: draft.id, version: draft.version } }),
      'FORBIDDEN',
      'MODULE_LOCKED',
    );
    expect(late.extensions?.params).toMatchObject({ module: locked.title });
    const [row] = await sql<{ status: string }>('SELECT status FROM submission WHERE id = $1', [draft.id]);
    expect(row.status).toBe('DRAFT');
  });
});

describe('submission files follow the submission’s rule', () => {
  it('admins download handed-in files only: not drafts, not second-attempt drafts, not unattached uploads', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world);
    const uploadPdf = async (name: string) =>
      (await upload(student.client, name, PDF, { purpose: 'SUBMISSION_FILE' })).body.id!;
    const status = async (client: typeof docent, fileId: string) => (await client.fetch(`/files/${fileId}`)).status;

    const handedIn = await uploadPdf('eerste.pdf');
    const first = await submitText(student.client, assignment.id, 'Poging 1', [handedIn]);
    const unattached = await uploadPdf('los.pdf');
    await ok(
      docent.gql(`mutation R($input: RequestRevisionInput!) { requestRevision(input: $input) { id } }`, {
        input: { submissionId: first.id, comment: 'Nog een keer.' },
      }),
    );
    const secondDraftFile = await uploadPdf('tweede.pdf');
    await ok(
      student.client.gql(SAVE_DRAFT, {
        input: { assignmentId: assignment.id, text: 'Poging 2', fileIds: [handedIn, secondDraftFile] },
      }),
    );

    expect(await status(world.admin, handedIn)).toBe(200);
    expect(await status(docent, handedIn)).toBe(200);
    for (const fileId of [secondDraftFile, unattached]) {
      expect(await status(world.admin, fileId)).toBe(404);
      expect(await status(docent, fileId)).toBe(404);
      expect(await status(student.client, fileId)).toBe(200);
    }
  });
});

describe('what a student learns of their marker', () => {
  it('a released grade names the docent, never their e-mail or roles', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const docent = world.docents[0];
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(student.client, assignment.id, 'Verslag');
    await ok(
      docent.client.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment), release: true } }),
    );
    const read = await ok(
      student.client.gql(`query S($id: ID!) { submission(id: $id) { grade { marker { __typename id name } } } }`, {
        id: attempt.id,
      }),
    );
    expect(read.submission.grade.marker).toEqual({
      __typename: 'GradeMarker',
      id: docent.user.user.id,
      name: docent.user.user.name,
    });
    // The type has nothing more to ask for.
    const leak = await student.client.gql(
      `query S($id: ID!) { submission(id: $id) { grade { marker { email roles } } } }`,
      { id: attempt.id },
    );
    expect(leak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(leak)).not.toContain(docent.user.email);
  });
});

describe('anonymous grading cannot be undone by correlation', () => {
  it('while the author is hidden, no file name, lateness or cohort people tie the attempt to a name', async () => {
    const world = await createWorld(app, { students: 1 });
    const [author] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { anonymousGrading: true });
    await ok(
      world.admin.gql(SET_DUE_DATE, {
        input: { assignmentId: assignment.id, cohortId: world.cohortId, dueAt: new Date(Date.now() - 3600_000) },
      }),
    );
    const named = `verslag-${author.user.user.name.replace(/\W+/g, '-')}.pdf`;
    const fileId = (await upload(author.client, named, PDF, { purpose: 'SUBMISSION_FILE' })).body.id!;
    const attempt = await submitText(author.client, assignment.id, 'Verslag', [fileId]);
    const READ = `query S($id: ID!) { submission(id: $id) { anonymised authorName late files { id originalName } cohort { id name } } }`;

    const seen = (await ok(docent.gql(READ, { id: attempt.id }))).submission;
    expect(seen).toMatchObject({
      anonymised: true,
      late: null,
      files: [{ id: fileId, originalName: 'bestand-1.pdf' }],
    });
    expect(seen.cohort).toEqual({ id: world.cohortId, name: expect.any(String) });
    expect(JSON.stringify(seen)).not.toContain(author.user.user.name);
    // The attempt's cohort names no people: the field is not there to ask for.
    const people = await docent.gql(`query S($id: ID!) { submission(id: $id) { cohort { students { name } } } }`, {
      id: attempt.id,
    });
    expect(people.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Nor does the download.
    const download = await docent.fetch(`/files/${fileId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('bestand-1.pdf');
    expect(download.headers.get('content-disposition')).not.toContain('verslag-');

    // The author sees their own as they handed it in.
    const own = (await ok(author.client.gql(READ, { id: attempt.id }))).submission;
    expect(own).toMatchObject({ anonymised: false, late: true, files: [{ originalName: named }] });

    // Once released, the work is named again.
    await ok(
      docent.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment), release: true } }),
    );
    const released = (await ok(docent.gql(READ, { id: attempt.id }))).submission;
    expect(released).toMatchObject({ anonymised: false, late: true, files: [{ originalName: named }] });
  });
});

describe('dates are plausible', () => {
  it('a due date or extension outside 2000–2100 is BAD_USER_INPUT naming the field; nothing is written', async () => {
    const world = await createWorld(app, { students: 1 });
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const rows = () =>
      countRows(
        `SELECT (SELECT count(*) FROM assignment_due_date WHERE assignment_id = $1)
              + (SELECT count(*) FROM assignment_extension WHERE assignment_id = $1) AS count`,
        [assignment.id],
      );
    for (const dueAt of ['-271821-04-20T00:00:00.000Z', '1999-12-31T23:00:00.000Z', '2101-01-01T12:00:00.000Z']) {
      const due = expectError(
        await docent.gql(SET_DUE_DATE, { input: { assignmentId: assignment.id, cohortId: world.cohortId, dueAt } }),
        'BAD_USER_INPUT',
      );
      expect(Object.keys(due.extensions?.fields ?? {})).toEqual(['dueAt']);
      const extension = expectError(
        await docent.gql(GRANT_EXTENSION, {
          input: { assignmentId: assignment.id, studentId: world.students[0].user.user.id, dueAt },
        }),
        'BAD_USER_INPUT',
      );
      expect(Object.keys(extension.extensions?.fields ?? {})).toEqual(['dueAt']);
    }
    expect(await rows()).toBe(0);
  });
});
