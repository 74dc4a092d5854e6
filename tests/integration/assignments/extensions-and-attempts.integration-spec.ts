import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  createAssignment,
  createWorld,
  GRANT_EXTENSION,
  ok,
  REQUEST_REVISION,
  SAVE_GRADE,
  scores,
  SET_DUE_DATE,
  submitText,
  type World,
} from './assignment-fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

const REVOKE_EXTENSION = `mutation Revoke($input: RevokeExtensionInput!) { revokeExtension(input: $input) }`;
const OVERVIEW = `query Overview($assignmentId: ID!, $cohortId: ID!) {
  assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {
    assignmentId cohortId cohortName cohortDueAt anonymousGrading
    students { studentId studentName attemptsHidden attempts latestStatus latestSubmissionId late effectiveDueAt
               extension { dueAt reason grantedById } }
  }
}`;
const SUBMISSION_EXTENSION = `query Ext($id: ID!) { submission(id: $id) { id extension { dueAt reason } } }`;
const PREVIOUS = `query Previous($id: ID!) {
  submission(id: $id) {
    id attempt anonymised authorName
    previousAttempts { id attempt status text revisionComment anonymised authorName files { id } grade { id } }
  }
}`;
const MY_ASSIGNMENTS = `{ myAssignments { id title myDueAt mySubmissions { id attempt status late } module { id title } } }`;

async function withDueDate(world: World, dueAt: string, overrides: Record<string, unknown> = {}) {
  // Text only, so hand-ins need no uploads: the tests are about dates and access.
  const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [], ...overrides });
  await ok(world.admin.gql(SET_DUE_DATE, { input: { assignmentId: assignment.id, cohortId: world.cohortId, dueAt } }));
  return assignment;
}

const extensionRows = (assignmentId: string) =>
  countRows('SELECT count(*) FROM assignment_extension WHERE assignment_id = $1', [assignmentId]);

/** Counts the statements of one request, after a warm-up that absorbs the session's last-seen touch. */
async function countStatements(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  await client.gql('{ me { id } }');
  return app.sql.count(() => ok(client.gql(query, variables)));
}

describe('extensions', () => {
  it('a docent of the cohort grants, changes and revokes one; the late mark follows it', async () => {
    const world = await createWorld(app, { students: 2 });
    const docent = world.docents[0];
    const [student, classmate] = world.students;
    const assignment = await withDueDate(world, at(-1));
    const input = { assignmentId: assignment.id, studentId: student.user.user.id };

    const granted = await ok(docent.client.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(3), reason: 'Ziek' } }));
    expect(Date.parse(granted.grantExtension.dueAt)).toBeGreaterThan(Date.now());
    const changed = await ok(docent.client.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(5) } }));
    expect(Date.parse(changed.grantExtension.dueAt)).toBeGreaterThan(Date.parse(granted.grantExtension.dueAt));
    expect(await extensionRows(assignment.id)).toBe(1);

    // After the cohort's date but before the extension: not late. The classmate is late.
    const onTime = await submitText(student.client, assignment.id, 'Verslag');
    const late = await submitText(classmate.client, assignment.id, 'Verslag');
    expect(onTime.late).toBe(false);
    expect(late.late).toBe(true);

    // The docent sees the extension on the work; the author too; the classmate's has none.
    const seen = await ok(docent.client.gql(SUBMISSION_EXTENSION, { id: onTime.id }));
    expect(seen.submission.extension).toMatchObject({ reason: '' });
    expect(Date.parse(seen.submission.extension.dueAt)).toBe(Date.parse(changed.grantExtension.dueAt));
    expect((await ok(student.client.gql(SUBMISSION_EXTENSION, { id: onTime.id }))).submission.extension).not.toBeNull();
    expect((await ok(docent.client.gql(SUBMISSION_EXTENSION, { id: late.id }))).submission.extension).toBeNull();

    expect((await ok(docent.client.gql(REVOKE_EXTENSION, { input }))).revokeExtension).toBe(true);
    expect((await ok(docent.client.gql(REVOKE_EXTENSION, { input }))).revokeExtension).toBe(false);
    expect(await extensionRows(assignment.id)).toBe(0);

    // Each grant, change and revocation is on record: who, for whom, which dates; not the reason itself.
    const audit = await sql<{ action: string; actor_id: string; data: AnyData }>(
      `SELECT action, actor_id, data FROM audit_event WHERE subject_type = 'assignment' AND subject_id = $1
        ORDER BY created_at, action`,
      [assignment.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['extension.granted', 'extension.changed', 'extension.revoked']);
    expect(audit.every((a) => a.actor_id === docent.user.user.id && a.data.studentId === student.user.user.id)).toBe(
      true,
    );
    expect(Date.parse(audit[1].data.previousDueAt)).toBe(Date.parse(granted.grantExtension.dueAt));
    expect(audit[0].data.reasonGiven).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('Ziek');
  });

  it('refuses docents of another cohort and students (FORBIDDEN), writing nothing', async () => {
    const world = await createWorld(app, { students: 2 });
    const elsewhere = await createWorld(app, { students: 0 });
    const assignment = await withDueDate(world, at(1));
    const input = { assignmentId: assignment.id, studentId: world.students[0].user.user.id };
    await ok(world.docents[0].client.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(4) } }));

    for (const client of [elsewhere.docents[0].client, world.students[0].client, world.students[1].client]) {
      expectError(
        await client.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(9) } }),
        'FORBIDDEN',
        'NOT_YOUR_COHORT',
      );
      expectError(await client.gql(REVOKE_EXTENSION, { input }), 'FORBIDDEN', 'NOT_YOUR_COHORT');
      expectError(
        await client.gql(OVERVIEW, { assignmentId: assignment.id, cohortId: world.cohortId }),
        'FORBIDDEN',
        'NOT_YOUR_COHORT',
      );
    }
    const { assignmentCohortOverview } = await ok(
      world.docents[0].client.gql(OVERVIEW, { assignmentId: assignment.id, cohortId: world.cohortId }),
    );
    const row = assignmentCohortOverview.students.find((s: { studentId: string }) => s.studentId === input.studentId);
    expect(Date.parse(row.extension.dueAt)).toBeLessThan(Date.parse(at(5)));
    expect(await extensionRows(assignment.id)).toBe(1);
  });

  it('refuses a date not after the cohort’s, or in the past (BAD_USER_INPUT), writing nothing', async () => {
    const world = await createWorld(app, { students: 1 });
    const docent = world.docents[0].client;
    const assignment = await withDueDate(world, at(-3));
    const input = { assignmentId: assignment.id, studentId: world.students[0].user.user.id };

    // Not after the cohort's date is named first, even when also past.
    expectError(
      await docent.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(-4) } }),
      'BAD_USER_INPUT',
      'EXTENSION_NOT_LATER',
    );
    const past = expectError(
      await docent.gql(GRANT_EXTENSION, { input: { ...input, dueAt: at(-1) } }),
      'BAD_USER_INPUT',
      'EXTENSION_IN_PAST',
    );
    expect(past.extensions?.fields).toEqual({ dueAt: 'past' });
    expectError(await docent.gql(GRANT_EXTENSION, { input: { ...input, dueAt: 'morgen' } }), 'BAD_USER_INPUT');
    expect(await extensionRows(assignment.id)).toBe(0);
  });
});

describe('the cohort overview of an assignment', () => {
  it('lists every student, handed in or not, with a fixed number of SQL statements', async () => {
    const small = await createWorld(app, { students: 1 });
    const large = await createWorld(app, { students: 5 });
    const smallAssignment = await withDueDate(small, at(-1));
    const largeAssignment = await withDueDate(large, at(-1));
    const [first, second, third] = large.students;
    await ok(
      large.docents[0].client.gql(GRANT_EXTENSION, {
        input: { assignmentId: largeAssignment.id, studentId: first.user.user.id, dueAt: at(2), reason: 'Verlof' },
      }),
    );
    const handedIn = await submitText(first.client, largeAssignment.id, 'Verslag');
    await submitText(second.client, largeAssignment.id, 'Verslag');
    await submitText(third.client, largeAssignment.id, 'Eerste versie');
    await ok(large.docents[0].client.gql(REQUEST_REVISION, { input: { submissionId: handedIn.id, comment: 'Meer.' } }));

    const few = await countStatements(small.docents[0].client, OVERVIEW, {
      assignmentId: smallAssignment.id,
      cohortId: small.cohortId,
    });
    const many = await countStatements(large.docents[0].client, OVERVIEW, {
      assignmentId: largeAssignment.id,
      cohortId: large.cohortId,
    });
    expect(many.count, many.queries.join('\n')).toBe(few.count);
    expect(few.count).toBeLessThanOrEqual(6);

    const overview = many.result.assignmentCohortOverview;
    expect(overview).toMatchObject({ cohortId: large.cohortId, anonymousGrading: false });
    expect(overview.students).toHaveLength(5);
    const byId = new Map(overview.students.map((s: { studentId: string }) => [s.studentId, s]));
    expect(byId.get(first.user.user.id)).toMatchObject({
      attempts: 1,
      latestStatus: 'REVISION_REQUESTED',
      latestSubmissionId: handedIn.id,
      late: false,
      extension: { reason: 'Verlof' },
    });
    expect(byId.get(second.user.user.id)).toMatchObject({
      attempts: 1,
      latestStatus: 'SUBMITTED',
      late: true,
      extension: null,
    });
    expect(byId.get(large.students[4].user.user.id)).toMatchObject({
      attempts: 0,
      latestStatus: null,
      latestSubmissionId: null,
    });
    expect(Date.parse((byId.get(second.user.user.id) as { effectiveDueAt: string }).effectiveDueAt)).toBe(
      Date.parse(overview.cohortDueAt),
    );
  });

  it('ties no work to a name before release when grading is anonymous: not even whether, when or how often', async () => {
    const world = await createWorld(app, { students: 2 });
    const [author, classmate] = world.students;
    const docent = world.docents[0].client;
    const assignment = await withDueDate(world, at(-1), { anonymousGrading: true });
    const attempt = await submitText(author.client, assignment.id, 'Verslag');
    const overview = async () =>
      new Map(
        (
          await ok(docent.gql(OVERVIEW, { assignmentId: assignment.id, cohortId: world.cohortId }))
        ).assignmentCohortOverview.students.map((s: { studentId: string }) => [s.studentId, s]),
      );
    const hidden = { attemptsHidden: true, attempts: null, latestStatus: null, latestSubmissionId: null, late: null };
    const before = await overview();
    // The author and the classmate who handed nothing in look the same.
    expect(before.get(author.user.user.id)).toMatchObject(hidden);
    expect(before.get(classmate.user.user.id)).toMatchObject(hidden);

    await ok(
      docent.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment), release: true } }),
    );
    expect((await overview()).get(author.user.user.id)).toMatchObject({
      attemptsHidden: false,
      attempts: 1,
      latestStatus: 'GRADED',
      latestSubmissionId: attempt.id,
      late: true,
    });
  });
});

describe('earlier attempts', () => {
  it('are readable by the cohort’s docents and the author, and by nobody else', async () => {
    const world = await createWorld(app, { students: 2 });
    const elsewhere = await createWorld(app, { students: 0 });
    const docent = world.docents[0].client;
    const [author, classmate] = world.students;
    const assignment = await withDueDate(world, at(3));
    const first = await submitText(author.client, assignment.id, 'Eerste versie');
    await ok(docent.gql(REQUEST_REVISION, { input: { submissionId: first.id, comment: 'Concreter graag.' } }));
    const second = await submitText(author.client, assignment.id, 'Tweede versie');

    for (const client of [docent, author.client]) {
      const { submission } = await ok(client.gql(PREVIOUS, { id: second.id }));
      expect(submission.previousAttempts).toEqual([
        expect.objectContaining({
          id: first.id,
          attempt: 1,
          status: 'REVISION_REQUESTED',
          text: 'Eerste versie',
          revisionComment: 'Concreter graag.',
          grade: null,
        }),
      ]);
    }
    expect((await ok(docent.gql(PREVIOUS, { id: first.id }))).submission.previousAttempts).toEqual([]);
    expectError(await elsewhere.docents[0].client.gql(PREVIOUS, { id: second.id }), 'FORBIDDEN', 'NOT_YOUR_COHORT');
    expectError(await classmate.client.gql(PREVIOUS, { id: second.id }), 'NOT_FOUND');
  });

  it('stay anonymous while the attempt they belong to is', async () => {
    const world = await createWorld(app, { students: 1 });
    const docent = world.docents[0].client;
    const author = world.students[0];
    const assignment = await withDueDate(world, at(3), { anonymousGrading: true });
    const first = await submitText(author.client, assignment.id, 'Eerste versie');
    await ok(docent.gql(REQUEST_REVISION, { input: { submissionId: first.id, comment: 'Meer.' } }));
    const second = await submitText(author.client, assignment.id, 'Tweede versie');
    const { submission } = await ok(docent.gql(PREVIOUS, { id: second.id }));
    expect(submission.anonymised).toBe(true);
    expect(submission.previousAttempts[0]).toMatchObject({ anonymised: true, authorName: submission.authorName });
    expect(submission.previousAttempts[0].authorName).not.toBe(author.user.user.name);
  });
});

describe('myAssignments', () => {
  it('lists the student’s assignments with their own due date and attempts, in a fixed number of statements', async () => {
    const world = await createWorld(app, { students: 1 });
    const student = world.students[0];
    const docent = world.docents[0].client;
    const firstAssignment = await withDueDate(world, at(-1));
    await ok(
      docent.gql(GRANT_EXTENSION, {
        input: { assignmentId: firstAssignment.id, studentId: student.user.user.id, dueAt: at(6) },
      }),
    );
    await submitText(student.client, firstAssignment.id, 'Verslag');
    const one = await countStatements(student.client, MY_ASSIGNMENTS);

    for (let i = 0; i < 3; i++) await withDueDate(world, at(i + 1));
    const several = await countStatements(student.client, MY_ASSIGNMENTS);
    expect(several.count, several.queries.join('\n')).toBe(one.count);
    expect(several.result.myAssignments.length).toBeGreaterThanOrEqual(one.result.myAssignments.length + 3);

    const mine = several.result.myAssignments.find((a: { id: string }) => a.id === firstAssignment.id);
    expect(Date.parse(mine.myDueAt)).toBeGreaterThan(Date.now() + 5 * DAY);
    expect(mine.mySubmissions).toEqual([expect.objectContaining({ attempt: 1, status: 'SUBMITTED', late: false })]);
    expect(mine.module.id).toBe(world.moduleId);

    // Someone not enrolled has none of them.
    const { myAssignments } = await ok(docent.gql(MY_ASSIGNMENTS));
    expect(myAssignments.some((a: { id: string }) => a.id === firstAssignment.id)).toBe(false);
  });
});
