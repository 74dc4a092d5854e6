import { Role } from '@imh/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAssignment,
  createWorld,
  ok,
  SAVE_GRADE,
  scores,
  signIn,
  submitText,
  type World,
} from '../assignments/assignment-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { sql } from '../support/database';
import { createUser, uniqueId } from '../support/factories';
import type { GqlClient, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

// The home page ("Overzicht") in one request: per role what waits, read through each context's
// rules, and a SQL count that stays the same whatever the amount of data.

const DASHBOARD = `{
  myDashboard {
    unreadNotifications { totalCount items { id kind link readAt } }
    student {
      continueLesson { lessonId lessonTitle moduleId moduleTitle trackId }
      dueSoon {
        days totalCount
        items {
          dueAt extended
          assignment {
            id title module { id title }
            myHandIn { canWrite reason nextAttempt }
            mySubmissions { id attempt status late grade { passed } }
          }
        }
      }
      latestFeedback { id attempt status assignment { id title } grade { passed feedback feedbackHtml releasedAt } }
    }
    docent {
      waitingForGrading { totalWaiting entries { cohortId cohortName assignmentId assignmentTitle waiting oldestSubmittedAt } }
    }
    admin {
      openIntakeRequests { totalCount items { id name organisation createdAt } }
      openProposals { totalCount items { id trackId trackTitle groupCount studentCount createdAt } }
    }
  }
}`;

/** A text-only assignment on the world's module. */
const textAssignment = (world: World, overrides: Record<string, unknown> = {}) =>
  createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [], ...overrides });
type Assignment = Awaited<ReturnType<typeof createAssignment>>;

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function dueDate(assignmentId: string, cohortId: string, days: number) {
  await sql('INSERT INTO assignment_due_date (assignment_id, cohort_id, due_at) VALUES ($1, $2, $3)', [
    assignmentId,
    cohortId,
    inDays(days),
  ]);
}

async function notify(userId: string, read = false) {
  await sql(
    `INSERT INTO notification (user_id, key, kind, params, link, read_at) VALUES ($1, $2, 'GRADE_RELEASED', '{}', '/assignments', $3)`,
    [userId, uniqueId('n'), read ? new Date() : null],
  );
}

async function intakeRequest(handled = false) {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO intake_request (name, email, organisation, discipline, handled_at)
     VALUES ($1, $2, 'Wijkteam Noord', 'logopedie', $3) RETURNING id`,
    [uniqueId('Aanvrager '), `${uniqueId('intake')}@example.test`, handled ? new Date() : null],
  );
  return row.id;
}

async function proposal(trackId: string, groups: string[][], status = 'PROPOSED') {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO cohort_proposal (track_id, input, groups, pool_fingerprint, status)
     VALUES ($1, '{}', $2, $3, $4) RETURNING id`,
    [trackId, JSON.stringify(groups), uniqueId('fp').padEnd(20, '0'), status],
  );
  return row.id;
}

/** Grades an attempt in full (a pass) with feedback and releases it, as the docent. */
async function gradeAndRelease(docent: GqlClient, assignment: Assignment, submissionId: string, feedback: string) {
  await ok(docent.gql(SAVE_GRADE, { input: { submissionId, scores: scores(assignment), feedback, release: true } }));
}

const dashboardOf = async (client: GqlClient) => (await ok(client.gql(DASHBOARD))).myDashboard;

/** The statements one dashboard request runs (the session's last-seen touch kept out). */
async function statements(client: GqlClient) {
  await client.gql('{ me { id } }');
  const { result, count, queries } = await app.sql.count(() => ok(client.gql(DASHBOARD)));
  return { dashboard: result.myDashboard, count, queries };
}

describe('the student dashboard', () => {
  let world: World;
  let soon: Assignment;
  let extended: Assignment;
  let graded: Assignment;

  beforeAll(async () => {
    world = await createWorld(app, { students: 2, docents: 1 });
    soon = await textAssignment(world, { title: uniqueId('Casusbeschrijving ') });
    extended = await textAssignment(world, { title: uniqueId('Reflectieverslag ') });
    const later = await textAssignment(world, { title: uniqueId('Eindopdracht ') });
    const past = await textAssignment(world, { title: uniqueId('Verlopen ') });
    graded = await textAssignment(world, { title: uniqueId('Observatie ') });
    await dueDate(soon.id, world.cohortId, 3);
    await dueDate(extended.id, world.cohortId, 20);
    await dueDate(later.id, world.cohortId, 30);
    await dueDate(past.id, world.cohortId, -2);
    // The first student has an extension that brings `extended` into the next fortnight.
    await sql('INSERT INTO assignment_extension (assignment_id, student_id, due_at) VALUES ($1, $2, $3)', [
      extended.id,
      world.students[0].user.user.id,
      inDays(10),
    ]);
    await submitText(world.students[0].client, soon.id, 'Mijn casus.');
    const attempt = await submitText(world.students[0].client, graded.id, 'Mijn observatie.');
    await gradeAndRelease(world.docents[0].client, graded, attempt.id, 'Mooi **beschreven**.');
    await notify(world.students[0].user.user.id);
    await notify(world.students[0].user.user.id, true);
    await notify(world.students[1].user.user.id);
  });

  it('shows where to continue, what is due in 14 days with its state, the latest feedback and unread notifications', async () => {
    const dashboard = await dashboardOf(world.students[0].client);
    expect(dashboard.docent).toBeNull();
    expect(dashboard.admin).toBeNull();
    const { student } = dashboard;
    expect(student.continueLesson).toMatchObject({ lessonId: world.lessonIds[0], moduleId: world.moduleId });

    expect(student.dueSoon.days).toBe(14);
    const mine = student.dueSoon.items.filter(
      (i: { assignment: { module: { id: string } } }) => i.assignment.module.id === world.moduleId,
    );
    expect(mine.map((i: { assignment: { id: string } }) => i.assignment.id)).toEqual([soon.id, extended.id]);
    const [first, second] = mine;
    expect(first.extended).toBe(false);
    expect(first.assignment.mySubmissions).toEqual([
      expect.objectContaining({ attempt: 1, status: 'SUBMITTED', late: false }),
    ]);
    expect(first.assignment.myHandIn).toEqual({ canWrite: false, reason: 'AWAITING_GRADE', nextAttempt: 2 });
    // The extension is the effective due date (view assignment_effective_due_date).
    expect(second.extended).toBe(true);
    expect(Math.abs(Date.parse(second.dueAt) - Date.parse(inDays(10)))).toBeLessThan(60_000);
    expect(second.assignment.mySubmissions).toEqual([]);
    expect(second.assignment.myHandIn).toMatchObject({ canWrite: true, reason: null, nextAttempt: 1 });

    expect(student.latestFeedback).toMatchObject({
      status: 'GRADED',
      assignment: { id: graded.id },
      grade: { passed: true, feedback: 'Mooi **beschreven**.' },
    });
    expect(student.latestFeedback.grade.feedbackHtml).toContain('<strong>beschreven</strong>');

    // Their unread ones only (the released grade may have told them too): the read one is left out.
    const unread = await sql<{ id: string }>(
      'SELECT id FROM notification WHERE user_id = $1 AND read_at IS NULL ORDER BY created_at DESC, id DESC',
      [world.students[0].user.user.id],
    );
    expect(unread.length).toBeGreaterThanOrEqual(1);
    expect(dashboard.unreadNotifications.totalCount).toBe(unread.length);
    expect(dashboard.unreadNotifications.items.map((n: { id: string }) => n.id)).toEqual(unread.map((n) => n.id));
    expect(dashboard.unreadNotifications.items.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);
  });

  it('gives another student of the cohort only their own: no extension, no feedback, their own notifications', async () => {
    const { student, unreadNotifications } = await dashboardOf(world.students[1].client);
    const mine = student.dueSoon.items.filter(
      (i: { assignment: { module: { id: string } } }) => i.assignment.module.id === world.moduleId,
    );
    expect(mine.map((i: { assignment: { id: string } }) => i.assignment.id)).toEqual([soon.id]);
    expect(mine[0].assignment.mySubmissions).toEqual([]);
    expect(student.latestFeedback).toBeNull();
    expect(unreadNotifications.totalCount).toBe(1);
    const [own] = await sql<{ id: string }>('SELECT id FROM notification WHERE user_id = $1', [
      world.students[1].user.user.id,
    ]);
    expect(unreadNotifications.items.map((n: { id: string }) => n.id)).toEqual([own.id]);
  });

  it('is refused signed out', async () => {
    const res = await app.client().gql(DASHBOARD);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs the same number of SQL statements for 3 and for 25 due assignments, feedback and notifications', async () => {
    // Both sizes have the same shape: due work, some of it graded, a first page of notifications
    // (TypeORM's findAndCount skips its COUNT while the first page is not full).
    const small = await createWorld(app, { students: 1, docents: 1 });
    const three = await Promise.all(Array.from({ length: 3 }, () => textAssignment(small)));
    for (const [i, a] of three.entries()) await dueDate(a.id, small.cohortId, 2 + i);
    for (const a of three.slice(0, 2)) {
      const attempt = await submitText(small.students[0].client, a.id, 'Tekst.');
      await gradeAndRelease(small.docents[0].client, a, attempt.id, 'Goed.');
    }
    for (let i = 0; i < 6; i++) await notify(small.students[0].user.user.id);
    const few = await statements(small.students[0].client);
    const smallIds = few.dashboard.student.dueSoon.items.map((i: { assignment: { id: string } }) => i.assignment.id);
    expect(smallIds).toEqual(expect.arrayContaining(three.map((a) => a.id)));

    const large = await createWorld(app, { students: 1, docents: 1 });
    const student = large.students[0];
    const many = await Promise.all(Array.from({ length: 25 }, () => textAssignment(large)));
    for (const [i, a] of many.entries()) await dueDate(a.id, large.cohortId, 1 + i * 0.5);
    for (const a of many.slice(0, 4)) {
      const attempt = await submitText(student.client, a.id, 'Tekst.');
      await gradeAndRelease(large.docents[0].client, a, attempt.id, 'Goed.');
    }
    for (let i = 0; i < 20; i++) await notify(student.user.user.id);
    const lots = await statements(student.client);
    expect(lots.dashboard.student.dueSoon.totalCount).toBeGreaterThanOrEqual(25);
    expect(lots.dashboard.student.dueSoon.items).toHaveLength(20);
    expect(lots.dashboard.student.latestFeedback).not.toBeNull();
    expect(lots.dashboard.unreadNotifications.totalCount).toBeGreaterThanOrEqual(20);
    expect(lots.dashboard.unreadNotifications.items).toHaveLength(5);
    expect(lots.count, lots.queries.join('\n')).toBe(few.count);
    expect(few.count).toBeLessThanOrEqual(25);
  });
});

describe('the docent dashboard', () => {
  it('counts the work waiting per cohort and assignment in the cohorts the docent teaches, oldest first', async () => {
    const world = await createWorld(app, { students: 2, docents: 1 });
    const a = await textAssignment(world, { title: uniqueId('Verslag ') });
    const b = await textAssignment(world, { title: uniqueId('Casus ') });
    await submitText(world.students[0].client, a.id, 'Een.');
    await submitText(world.students[1].client, a.id, 'Twee.');
    await submitText(world.students[1].client, b.id, 'Drie.');
    const { docent, student, admin } = await dashboardOf(world.docents[0].client);
    expect(student).toBeNull();
    expect(admin).toBeNull();
    const entries = docent.waitingForGrading.entries.filter((e: { cohortId: string }) => e.cohortId === world.cohortId);
    expect(entries.map((e: { assignmentId: string; waiting: number }) => [e.assignmentId, e.waiting])).toEqual([
      [a.id, 2],
      [b.id, 1],
    ]);
    expect(entries[0]).toMatchObject({ assignmentTitle: a.title });
    expect(docent.waitingForGrading.totalWaiting).toBe(3);

    // A docent of another cohort sees none of it.
    const other = await createWorld(app, { students: 0, docents: 1 });
    const theirs = (await dashboardOf(other.docents[0].client)).docent.waitingForGrading;
    expect(theirs.entries.some((e: { cohortId: string }) => e.cohortId === world.cohortId)).toBe(false);
    expect(theirs.totalWaiting).toBe(0);
  });

  it('runs the same number of SQL statements for 1 and for 30 cohort–assignment pairs', async () => {
    const small = await createWorld(app, { students: 1, docents: 1 });
    await submitText(small.students[0].client, (await textAssignment(small)).id, 'Tekst.');
    const few = await statements(small.docents[0].client);
    expect(few.dashboard.docent.waitingForGrading.entries).toHaveLength(1);

    const large = await createWorld(app, { students: 3, docents: 1 });
    const docentId = large.docents[0].user.user.id;
    const assignments = await Promise.all(Array.from({ length: 10 }, () => textAssignment(large)));
    // Three cohorts the docent teaches, each with the same students' work on ten assignments.
    const studentIds = large.students.map((s) => s.user.user.id);
    const cohorts = [large.cohortId];
    for (let i = 0; i < 2; i++) {
      const students = await Promise.all(Array.from({ length: 2 }, () => createUser({ roles: [Role.STUDENT] })));
      await sql(`INSERT INTO enrollment (student_id, track_id, status) SELECT unnest($1::uuid[]), $2, 'ACTIVE'`, [
        students.map((s) => s.user.id),
        large.trackId,
      ]);
      const cohortId = await insertCohort(large.trackId, {
        studentIds: students.map((s) => s.user.id),
        docentIds: [docentId],
        name: uniqueId('Lesgroep '),
      });
      cohorts.push(cohortId);
      studentIds.push(...students.map((s) => s.user.id));
    }
    await sql(
      `INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, submitted_at)
       SELECT a, m.student_id, m.cohort_id, 1, 'SUBMITTED', 'Tekst', now()
         FROM unnest($1::uuid[]) a, cohort_member m WHERE m.cohort_id = ANY($2::uuid[])`,
      [assignments.map((a) => a.id), cohorts],
    );
    const lots = await statements(large.docents[0].client);
    expect(lots.dashboard.docent.waitingForGrading.entries).toHaveLength(30);
    expect(lots.dashboard.docent.waitingForGrading.totalWaiting).toBe(10 * studentIds.length);
    expect(lots.count, lots.queries.join('\n')).toBe(few.count);
  });
});

describe('the admin dashboard', () => {
  it('shows the open intake requests and proposals, not the handled ones; other roles get no admin part', async () => {
    const world = await createWorld(app, { students: 1, docents: 1 });
    const before = (await dashboardOf(world.admin)).admin;
    const open = await intakeRequest();
    const handled = await intakeRequest(true);
    const studentIds = world.students.map((s) => s.user.user.id);
    const proposed = await proposal(world.trackId, [studentIds, [world.docents[0].user.user.id]]);
    const discarded = await proposal(world.trackId, [studentIds], 'DISCARDED');

    const { admin, student, docent } = await dashboardOf(world.admin);
    expect(student).toBeNull();
    expect(docent).toBeNull();
    expect(admin.openIntakeRequests.totalCount).toBe(before.openIntakeRequests.totalCount + 1);
    const intakeIds = admin.openIntakeRequests.items.map((r: { id: string }) => r.id);
    expect(intakeIds[0]).toBe(open);
    expect(intakeIds).not.toContain(handled);
    expect(admin.openProposals.totalCount).toBe(before.openProposals.totalCount + 1);
    expect(admin.openProposals.items[0]).toMatchObject({
      id: proposed,
      trackId: world.trackId,
      groupCount: 2,
      studentCount: 2,
    });
    expect(admin.openProposals.items.map((p: { id: string }) => p.id)).not.toContain(discarded);

    for (const client of [world.students[0].client, world.docents[0].client]) {
      expect((await dashboardOf(client)).admin).toBeNull();
    }
    const confidant = await signIn(app, await createUser({ roles: [Role.CONFIDANT] }));
    expect(await dashboardOf(confidant)).toMatchObject({ student: null, docent: null, admin: null });
  });

  it('runs the same number of SQL statements whatever the number of requests and proposals', async () => {
    const world = await createWorld(app, { students: 1, docents: 0 });
    // TypeORM's findAndCount skips its COUNT while the first page is not full: fill it at both sizes.
    for (let i = 0; i < 6; i++) await intakeRequest();
    const few = await statements(world.admin);
    for (let i = 0; i < 30; i++) await intakeRequest();
    for (let i = 0; i < 25; i++) await proposal(world.trackId, [[world.students[0].user.user.id]]);
    const lots = await statements(world.admin);
    expect(lots.dashboard.admin.openIntakeRequests.items).toHaveLength(5);
    expect(lots.dashboard.admin.openProposals.totalCount).toBeGreaterThanOrEqual(25);
    expect(lots.dashboard.admin.openProposals.items).toHaveLength(20);
    expect(lots.count, lots.queries.join('\n')).toBe(few.count);
  });
});
