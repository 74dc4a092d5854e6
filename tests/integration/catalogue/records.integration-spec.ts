// Records are never lost: a module or lesson that holds students' progress or submissions is
// archived, not deleted, and the database itself refuses a delete that would reach them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  createAssignment,
  createWorld,
  ok,
  SAVE_DRAFT,
  SAVE_GRADE,
  scores,
  signIn,
  submitText,
} from '../assignments/assignment-fixtures';
import {
  COMPLETE_LESSON,
  createModule,
  enrol,
  LEARNING_MODULE,
  LESSON,
  markDone,
  MY_LEARNING,
  resetTrack,
} from './catalogue-fixtures';

let app: TestApp;
let admin: GqlClient;

const textAssignment = (world: Awaited<ReturnType<typeof createWorld>>) =>
  createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });

beforeAll(async () => {
  app = await startTestApp();
  admin = await signIn(app, await createAdmin());
});
afterAll(() => app?.close());

const UNPUBLISH = `mutation Unpublish($id: ID!) { unpublishModule(id: $id) { id status } }`;
const PUBLISH = `mutation Publish($id: ID!) { publishModule(id: $id) { id status } }`;
const DELETE_MODULE = `mutation Delete($id: ID!) { deleteModule(id: $id) }`;
const DELETE_LESSON = `mutation Delete($id: ID!) { deleteLesson(id: $id) }`;
const ARCHIVE_MODULE = `mutation Archive($id: ID!) { archiveModule(id: $id) { id status archivedAt } }`;
const UNARCHIVE_MODULE = `mutation Unarchive($id: ID!) { unarchiveModule(id: $id) { id status archivedAt } }`;
const ARCHIVE_LESSON = `mutation Archive($id: ID!) { archiveLesson(id: $id) { id archivedAt } }`;
const UNARCHIVE_LESSON = `mutation Unarchive($id: ID!) { unarchiveLesson(id: $id) { id archivedAt } }`;
const AUTHORING_MODULE = `query Module($id: ID!) { module(id: $id) { id status archivedAt lessons { id archivedAt } } }`;

/** Every record that hangs on the module, for "nothing was removed". */
async function recordsOf(moduleId: string) {
  const submissions = `SELECT s.id FROM submission s JOIN assignment a ON a.id = s.assignment_id WHERE a.module_id = $1`;
  return {
    lessons: await countRows('SELECT count(*) FROM lesson WHERE module_id = $1', [moduleId]),
    progress: await countRows(
      'SELECT count(*) FROM lesson_progress lp JOIN lesson l ON l.id = lp.lesson_id WHERE l.module_id = $1',
      [moduleId],
    ),
    submissions: await countRows(`SELECT count(*) FROM (${submissions}) s`, [moduleId]),
    grades: await countRows(`SELECT count(*) FROM grade WHERE submission_id IN (${submissions})`, [moduleId]),
  };
}

/** Runs raw SQL and returns the Postgres error code it failed with. */
async function sqlError(query: string, params: unknown[]): Promise<string | undefined> {
  try {
    await sql(query, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('handed-in work is never deleted', () => {
  it('unpublishing a module and deleting it is refused with the counts while students have work in it', async () => {
    const world = await createWorld(app, { students: 2 });
    const assignment = await textAssignment(world);
    const [first, second] = world.students;
    await ok(first.client.gql(COMPLETE_LESSON, { lessonId: world.lessonIds[0] }));
    const submitted = await submitText(first.client, assignment.id, 'Mijn observatie.');
    await ok(
      world.docents[0].client.gql(SAVE_GRADE, { input: { submissionId: submitted.id, scores: scores(assignment) } }),
    );
    // A draft is the student's work too.
    await ok(second.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Half af.', fileIds: [] } }));
    const before = await recordsOf(world.moduleId);
    expect(before).toMatchObject({ progress: 1, submissions: 2, grades: 1 });

    await ok(admin.gql(UNPUBLISH, { id: world.moduleId }));
    const refused = expectError(
      await admin.gql(DELETE_MODULE, { id: world.moduleId }),
      'CONFLICT',
      'MODULE_HAS_STUDENT_WORK',
    );
    expect(refused.extensions?.params).toEqual({ module: expect.any(String), submissions: 2, progress: 1 });
    expect(await recordsOf(world.moduleId)).toEqual(before);

    const lesson = expectError(
      await admin.gql(DELETE_LESSON, { id: world.lessonIds[0] }),
      'CONFLICT',
      'LESSON_HAS_STUDENT_WORK',
    );
    expect(lesson.extensions?.params).toEqual({ lesson: expect.any(String), progress: 1 });
    expect(await recordsOf(world.moduleId)).toEqual(before);
  });

  it('the database refuses a direct delete that would reach a record', async () => {
    const world = await createWorld(app, { students: 1 });
    const assignment = await textAssignment(world);
    const [student] = world.students;
    await ok(student.client.gql(COMPLETE_LESSON, { lessonId: world.lessonIds[0] }));
    const submitted = await submitText(student.client, assignment.id, 'Mijn observatie.');
    await ok(
      world.docents[0].client.gql(SAVE_GRADE, { input: { submissionId: submitted.id, scores: scores(assignment) } }),
    );
    const before = await recordsOf(world.moduleId);

    const FK_VIOLATION = '23503';
    const attempts = {
      module: await sqlError('DELETE FROM module WHERE id = $1', [world.moduleId]),
      lesson: await sqlError('DELETE FROM lesson WHERE id = $1', [world.lessonIds[0]]),
      assignment: await sqlError('DELETE FROM assignment WHERE id = $1', [assignment.id]),
      submission: await sqlError('DELETE FROM submission WHERE id = $1', [submitted.id]),
      student: await sqlError('DELETE FROM "user" WHERE id = $1', [student.user.user.id]),
      track: await sqlError('DELETE FROM track WHERE id = $1', [world.trackId]),
    };
    expect(attempts).toEqual({
      module: FK_VIOLATION,
      lesson: FK_VIOLATION,
      assignment: FK_VIOLATION,
      submission: FK_VIOLATION,
      student: FK_VIOLATION,
      track: FK_VIOLATION,
    });
    expect(await recordsOf(world.moduleId)).toEqual(before);
  });

  it('a draft module without student work is still deleted, with its lessons and assignments', async () => {
    const world = await createWorld(app, { students: 1 });
    await createAssignment(world);
    await ok(admin.gql(UNPUBLISH, { id: world.moduleId }));
    expect((await ok(admin.gql(DELETE_MODULE, { id: world.moduleId }))).deleteModule).toBe(true);
    expect(await countRows('SELECT count(*) FROM module WHERE id = $1', [world.moduleId])).toBe(0);
    expect(await countRows('SELECT count(*) FROM assignment WHERE module_id = $1', [world.moduleId])).toBe(0);
  });
});

describe('archiving', () => {
  it('an archived module leaves the student path, keeps everything, and comes back as a draft', async () => {
    const core = await resetTrack('CORE');
    const done = await createModule(core, { title: 'Hechting', lessons: 1 });
    const archived = await createModule(core, { title: 'Huilen', lessons: 2 });
    const studentUser = await createUser();
    await enrol(studentUser.user.id, core);
    const student = await signIn(app, studentUser);
    await markDone(studentUser.user.id, [...done.lessonIds, archived.lessonIds[0]]);

    const { archiveModule } = await ok(admin.gql(ARCHIVE_MODULE, { id: archived.id }));
    expect(archiveModule).toMatchObject({ status: 'DRAFT', archivedAt: expect.any(String) });
    // Authoring lists show it, archived; students no longer see it at all.
    const { module } = await ok(admin.gql(AUTHORING_MODULE, { id: archived.id }));
    expect(module.archivedAt).toBe(archiveModule.archivedAt);
    const { myLearning } = await ok(student.gql(MY_LEARNING));
    expect(myLearning.enrollments[0].modules.map((m: { title: string }) => m.title)).toEqual(['Hechting']);
    // The archived module no longer counts: the one left is complete, so the track is too.
    expect(myLearning.enrollments[0]).toMatchObject({ completedModules: 1, totalModules: 1 });
    expectError(await student.gql(LEARNING_MODULE, { id: archived.id }), 'NOT_FOUND');
    expectError(await student.gql(LESSON, { id: archived.lessonIds[1] }), 'NOT_FOUND');
    expectError(await admin.gql(PUBLISH, { id: archived.id }), 'CONFLICT', 'MODULE_ARCHIVED');
    expect(await recordsOf(archived.id)).toMatchObject({ lessons: 2, progress: 1 });

    const { unarchiveModule } = await ok(admin.gql(UNARCHIVE_MODULE, { id: archived.id }));
    expect(unarchiveModule).toMatchObject({ status: 'DRAFT', archivedAt: null });
    await ok(admin.gql(PUBLISH, { id: archived.id }));
    const back = (await ok(student.gql(MY_LEARNING))).myLearning.enrollments[0].modules[1];
    expect(back).toMatchObject({ title: 'Huilen', lessonsCompleted: 1, nextLessonId: archived.lessonIds[1] });
  });

  it('archiving a module a published module requires is refused, naming that module', async () => {
    const core = await resetTrack('CORE');
    const base = await createModule(core, { title: 'Basis' });
    await createModule(core, { title: 'Verdieping', prerequisiteIds: [base.id] });
    const refused = expectError(
      await admin.gql(ARCHIVE_MODULE, { id: base.id }),
      'CONFLICT',
      'REQUIRED_BY_PUBLISHED_MODULE',
    );
    expect(refused.extensions?.params).toEqual({ module: 'Basis', modules: ['Verdieping'] });
    expect(await countRows('SELECT count(*) FROM module WHERE id = $1 AND archived_at IS NULL', [base.id])).toBe(1);
  });

  it('an archived lesson leaves the path and completion, keeps its progress, and comes back', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { title: 'Regulatie', lessons: 3 });
    const studentUser = await createUser();
    await enrol(studentUser.user.id, core);
    const student = await signIn(app, studentUser);
    await markDone(studentUser.user.id, [module.lessonIds[0], module.lessonIds[1]]);

    const { archiveLesson } = await ok(admin.gql(ARCHIVE_LESSON, { id: module.lessonIds[1] }));
    expect(archiveLesson.archivedAt).toEqual(expect.any(String));
    expectError(await student.gql(LESSON, { id: module.lessonIds[1] }), 'NOT_FOUND');
    const view = (await ok(student.gql(LEARNING_MODULE, { id: module.id }))).learningModule;
    expect(view.lessons.map((l: { id: string }) => l.id)).toEqual([module.lessonIds[0], module.lessonIds[2]]);
    expect(view.lessonCount).toBe(2);
    // The last open lesson completes the module: the archived one no longer counts.
    const { completeLesson } = await ok(student.gql(COMPLETE_LESSON, { lessonId: module.lessonIds[2] }));
    expect(completeLesson.module).toMatchObject({ completed: true, lessonsCompleted: 2 });

    await ok(admin.gql(UNARCHIVE_LESSON, { id: module.lessonIds[1] }));
    const restored = (await ok(student.gql(LEARNING_MODULE, { id: module.id }))).learningModule;
    expect(restored.lessons).toHaveLength(3);
    expect(restored.lessons[1]).toMatchObject({ id: module.lessonIds[1], completed: true });
  });

  it('the last lesson a published module shows can be neither archived nor deleted', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { title: 'Eén les', lessons: 2 });
    await ok(admin.gql(ARCHIVE_LESSON, { id: module.lessonIds[0] }));
    const refused = expectError(
      await admin.gql(ARCHIVE_LESSON, { id: module.lessonIds[1] }),
      'CONFLICT',
      'LAST_LESSON',
    );
    expect(refused.extensions?.params).toEqual({ module: 'Eén les' });
    expectError(await admin.gql(DELETE_LESSON, { id: module.lessonIds[1] }), 'CONFLICT', 'LAST_LESSON');
    // An archived lesson nobody completed can still be deleted.
    expect((await ok(admin.gql(DELETE_LESSON, { id: module.lessonIds[0] }))).deleteLesson).toBe(true);
  });
});
