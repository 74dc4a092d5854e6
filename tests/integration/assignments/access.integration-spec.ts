import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_LESSON, createModule } from '../catalogue/catalogue-fixtures';
import { PDF, upload } from '../catalogue/upload-helpers';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type TestApp } from '../support/test-app';
import { createAssignment, createWorld, ok, SAVE_DRAFT, SUBMIT, submitText } from './assignment-fixtures';

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
