import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  COMPLETE_LESSON,
  createModule,
  enrol,
  ENROLL_IN_TRACK,
  ENROLL_STUDENT,
  ensureTrack,
  LESSON,
  markDone,
  MY_LEARNING,
  resetTrack,
} from './catalogue-fixtures';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

async function myLearning(client: GqlClient) {
  const res = await client.gql(MY_LEARNING);
  expect(res.errors).toBeUndefined();
  return res.data!.myLearning;
}

describe('following the core', () => {
  it('completing lessons moves module and track progress, and completing every module completes the enrolment', async () => {
    const core = await resetTrack('CORE');
    const first = await createModule(core, { title: 'De eerste 1001 dagen', lessons: 2 });
    const second = await createModule(core, { title: 'Hechting', lessons: 1 });
    await createModule(core, { title: 'Concept', status: 'DRAFT' });
    const student = await createUser();
    await enrol(student.user.id, core);
    const client = await signedIn(student);

    let dashboard = await myLearning(client);
    expect(dashboard.enrollments).toHaveLength(1);
    expect(dashboard.enrollments[0]).toMatchObject({ completedModules: 0, totalModules: 2, progressPercent: 0 });
    expect(dashboard.enrollments[0].modules.map((m: { title: string }) => m.title)).toEqual([
      'De eerste 1001 dagen',
      'Hechting',
    ]);
    expect(dashboard.continueLesson).toMatchObject({ lessonId: first.lessonIds[0], moduleId: first.id });

    const one = await client.gql(COMPLETE_LESSON, { lessonId: first.lessonIds[0] });
    expect(one.errors).toBeUndefined();
    expect(one.data!.completeLesson.module).toMatchObject({
      completed: false,
      progressPercent: 50,
      lessonsCompleted: 1,
    });
    // Idempotent: a second click changes nothing.
    const again = await client.gql(COMPLETE_LESSON, { lessonId: first.lessonIds[0] });
    expect(again.data!.completeLesson.module.lessonsCompleted).toBe(1);
    expect(await countRows('SELECT count(*) FROM lesson_progress WHERE student_id = $1', [student.user.id])).toBe(1);

    dashboard = await myLearning(client);
    expect(dashboard.continueLesson).toMatchObject({ lessonId: first.lessonIds[1] });

    const two = await client.gql(COMPLETE_LESSON, { lessonId: first.lessonIds[1] });
    expect(two.data!.completeLesson.module).toMatchObject({ completed: true, progressPercent: 100 });
    expect(two.data!.completeLesson.enrollment).toMatchObject({
      completedModules: 1,
      totalModules: 2,
      progressPercent: 50,
    });
    expect(two.data!.completeLesson.enrollment.enrollment.status).toBe('ACTIVE');

    const last = await client.gql(COMPLETE_LESSON, { lessonId: second.lessonIds[0] });
    expect(last.data!.completeLesson.enrollment).toMatchObject({ completedModules: 2, progressPercent: 100 });
    expect(last.data!.completeLesson.enrollment.enrollment.status).toBe('COMPLETED');
    expect(last.data!.completeLesson.enrollment.enrollment.completedAt).toBeTruthy();

    dashboard = await myLearning(client);
    expect(dashboard.enrollments[0].enrollment.status).toBe('COMPLETED');
    expect(dashboard.continueLesson).toBeNull();
  });

  it('a locked module says which prerequisite unlocks it, and its lessons stay closed until then', async () => {
    const core = await resetTrack('CORE');
    const attachment = await createModule(core, { title: 'Hechting en de ouder-kindrelatie', lessons: 2 });
    const observe = await createModule(core, { title: 'Observeren op ooghoogte', prerequisiteIds: [attachment.id] });
    const student = await createUser();
    await enrol(student.user.id, core);
    const client = await signedIn(student);

    const locked = (await myLearning(client)).enrollments[0].modules[1];
    expect(locked).toMatchObject({
      id: observe.id,
      locked: true,
      nextLessonId: null,
      unlockedBy: [{ id: attachment.id, title: 'Hechting en de ouder-kindrelatie', completed: false }],
    });
    expect(locked.lessons.every((l: { locked: boolean }) => l.locked)).toBe(true);
    const refused = await client.gql(LESSON, { id: observe.lessonIds[0] });
    expect(expectError(refused, 'FORBIDDEN', 'MODULE_LOCKED').message).toContain('Hechting en de ouder-kindrelatie');
    expectError(await client.gql(COMPLETE_LESSON, { lessonId: observe.lessonIds[0] }), 'FORBIDDEN', 'MODULE_LOCKED');

    // Lessons open in order within a module, too.
    expectError(await client.gql(LESSON, { id: attachment.lessonIds[1] }), 'FORBIDDEN', 'LESSON_LOCKED');

    await markDone(student.user.id, attachment.lessonIds);
    const open = (await myLearning(client)).enrollments[0].modules[1];
    expect(open).toMatchObject({ locked: false, unlockedBy: [], nextLessonId: observe.lessonIds[0] });
    const lesson = await client.gql(LESSON, { id: observe.lessonIds[0] });
    expect(lesson.errors).toBeUndefined();
    expect(lesson.data!.lesson).toMatchObject({ id: observe.lessonIds[0], completed: false });
  });

  it('a student cannot read a lesson of a draft module or of a track they are not in', async () => {
    const core = await resetTrack('CORE');
    const specialist = await resetTrack('SPECIALIST');
    const draft = await createModule(core, { status: 'DRAFT' });
    const other = await createModule(specialist);
    const student = await createUser();
    await enrol(student.user.id, core);
    const client = await signedIn(student);

    expectError(await client.gql(LESSON, { id: draft.lessonIds[0] }), 'NOT_FOUND');
    expectError(await client.gql(LESSON, { id: other.lessonIds[0] }), 'FORBIDDEN', 'NOT_ENROLLED');
    expectError(await client.gql(COMPLETE_LESSON, { lessonId: other.lessonIds[0] }), 'FORBIDDEN', 'NOT_ENROLLED');
    expectError(await client.gql(COMPLETE_LESSON, { lessonId: draft.lessonIds[0] }), 'NOT_FOUND');
    expect(await countRows('SELECT count(*) FROM lesson_progress WHERE student_id = $1', [student.user.id])).toBe(0);
    // A withdrawn student is out too.
    await sql(`UPDATE enrollment SET status = 'WITHDRAWN' WHERE student_id = $1`, [student.user.id]);
    const published = await createModule(core);
    expectError(await client.gql(LESSON, { id: published.lessonIds[0] }), 'FORBIDDEN', 'NOT_ENROLLED');
    // Signed out: nothing.
    expectError(await app.client().gql(LESSON, { id: published.lessonIds[0] }), 'UNAUTHENTICATED');
    expectError(await app.client().gql(MY_LEARNING), 'UNAUTHENTICATED');
  });
});

describe('routes require the core', () => {
  it('a route is refused until the core is completed, for the student and for an admin', async () => {
    const core = await resetTrack('CORE');
    const generalist = await ensureTrack('GENERALIST');
    const module = await createModule(core, { lessons: 1 });
    const student = await createUser();
    await enrol(student.user.id, core);
    const client = await signedIn(student);
    const admin = await signedIn(await createAdmin());

    const offer = (await myLearning(client)).otherTracks.find(
      (o: { track: { code: string } }) => o.track.code === 'GENERALIST',
    );
    expect(offer).toMatchObject({
      canEnroll: false,
      blockedReason: 'REQUIRED_TRACK_NOT_COMPLETED',
      requiresTrack: { code: 'CORE' },
    });
    const refused = expectError(
      await client.gql(ENROLL_IN_TRACK, { trackId: generalist }),
      'CONFLICT',
      'REQUIRED_TRACK_NOT_COMPLETED',
    );
    expect(refused.message).toContain('IMH-kerncursus');
    expectError(
      await admin.gql(ENROLL_STUDENT, { input: { trackId: generalist, userId: student.user.id } }),
      'CONFLICT',
      'REQUIRED_TRACK_NOT_COMPLETED',
    );
    expect(await countRows('SELECT count(*) FROM enrollment WHERE student_id = $1', [student.user.id])).toBe(1);

    await client.gql(COMPLETE_LESSON, { lessonId: module.lessonIds[0] });
    const enrolled = await client.gql(ENROLL_IN_TRACK, { trackId: generalist });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.enrollInTrack).toMatchObject({ status: 'ACTIVE', trackId: generalist });
    expectError(await client.gql(ENROLL_IN_TRACK, { trackId: generalist }), 'CONFLICT', 'ALREADY_ENROLLED');
  });

  it('an admin enrols one student; only admins may, and only students enrol themselves', async () => {
    const core = await ensureTrack('CORE');
    const admin = await signedIn(await createAdmin());
    const student = await createUser();
    const docent = await createUser({ roles: [Role.DOCENT] });

    const res = await admin.gql(ENROLL_STUDENT, { input: { trackId: core, userId: student.user.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.enrollStudent).toMatchObject({ status: 'ACTIVE', student: { email: student.email } });
    expectError(
      await admin.gql(ENROLL_STUDENT, { input: { trackId: core, userId: student.user.id } }),
      'CONFLICT',
      'ALREADY_ENROLLED',
    );

    const other = await createUser();
    const asStudent = await signedIn(student);
    expectError(await asStudent.gql(ENROLL_STUDENT, { input: { trackId: core, userId: other.user.id } }), 'FORBIDDEN');
    expectError(await (await signedIn(docent)).gql(ENROLL_IN_TRACK, { trackId: core }), 'FORBIDDEN');
    expect(
      await countRows('SELECT count(*) FROM enrollment WHERE student_id IN ($1, $2)', [other.user.id, docent.user.id]),
    ).toBe(0);
  });
});
