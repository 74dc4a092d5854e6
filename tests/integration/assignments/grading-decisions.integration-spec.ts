// What the API decides so the portal need not: the viewer's own mark, whether a grade may be
// released or a revision asked, the queue state, the verdict of a score, the limits; and saving
// with releasing as one change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createAssignment, createWorld, GRADE_FIELDS, ok, SAVE_GRADE, scores, submitText } from './assignment-fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { MAX_UPLOAD_BYTES: String(3 * 1024 * 1024) } });
});
afterAll(async () => {
  await app?.close();
});

const VIEW = `query View($id: ID!) {
  submission(id: $id) {
    id status awaitingGrade releasable canRequestRevision gradingState
    myGrade { id markerRole status passed }
  }
}`;
const VERDICT = `query Verdict($input: RubricVerdictInput!) {
  rubricVerdict(input: $input) { totalPoints maxPoints passed complete }
}`;
const LIMITS = `{ assignmentLimits { maxUploadBytes fileTypes maxFilesPerSubmission maxAttempts maxCriteria maxLevels } }`;

const view = async (client: GqlClient, id: string) => (await ok(client.gql(VIEW, { id }))).submission;

describe('saving and releasing a grade', () => {
  it('is one change: released together, or nothing written when the release is refused', async () => {
    const world = await createWorld(app, { students: 2 });
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const [first, second] = await Promise.all(
      world.students.map((s) => submitText(s.client, assignment.id, 'Verslag')),
    );

    // Incomplete scores: a draft could be saved, but the release is refused, so nothing is.
    const refused = await docent.gql(SAVE_GRADE, {
      input: { submissionId: first.id, scores: scores(assignment).slice(0, 2), feedback: 'Half', release: true },
    });
    expectError(refused, 'CONFLICT', 'NO_AGREED_GRADE');
    expect(await countRows('SELECT count(*) FROM grade WHERE submission_id = $1', [first.id])).toBe(0);
    expect((await view(docent, first.id)).status).toBe('SUBMITTED');

    // A draft that exists stays as it was when saving it with a refused release.
    const draft = (
      await ok(docent.gql(SAVE_GRADE, { input: { submissionId: first.id, scores: [], feedback: 'Begin' } }))
    ).saveGrade;
    expectError(
      await docent.gql(SAVE_GRADE, {
        input: { submissionId: first.id, version: draft.version, scores: [], feedback: 'Anders', release: true },
      }),
      'CONFLICT',
      'NO_AGREED_GRADE',
    );
    const [row] = await sql<{ feedback: string; version: number; status: string }>(
      'SELECT feedback, version, status FROM grade WHERE id = $1',
      [draft.id],
    );
    expect(row).toEqual({ feedback: 'Begin', version: 1, status: 'DRAFT' });

    const released = (
      await ok(
        docent.gql(SAVE_GRADE, {
          input: { submissionId: second.id, scores: scores(assignment), feedback: 'Goed', release: true },
        }),
      )
    ).saveGrade;
    expect(released).toMatchObject({ status: 'RELEASED', passed: true, feedback: 'Goed' });
    expect((await view(docent, second.id)).status).toBe('GRADED');
    const student = world.students[1].client;
    expect(
      (
        await ok(
          student.gql(`query S($id: ID!) { submission(id: $id) { grade { ${GRADE_FIELDS} } } }`, { id: second.id }),
        )
      ).submission.grade,
    ).toMatchObject({ id: released.id, status: 'RELEASED' });
  });
});

describe('what the API decides for the docent who looks', () => {
  it('names their own mark, what they may do and the queue state, through double marking to release', async () => {
    const world = await createWorld(app, { students: 1, docents: 2 });
    const [a, b] = world.docents.map((d) => d.client);
    const assignment = await createAssignment(world, {
      submissionKind: 'TEXT',
      allowedFileTypes: [],
      doubleMarking: true,
      doubleMarkingThreshold: 1,
      maxAttempts: 2,
    });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Eindopdracht');

    expect(await view(a, attempt.id)).toMatchObject({
      awaitingGrade: true,
      releasable: false,
      canRequestRevision: true,
      gradingState: 'TO_GRADE',
      myGrade: null,
    });
    const mark = (
      await ok(a.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment), final: true } }))
    ).saveGrade;
    expect(await view(a, attempt.id)).toMatchObject({
      gradingState: 'AWAITING_SECOND',
      myGrade: { id: mark.id, markerRole: 'FIRST', status: 'FINAL' },
    });
    // The second marker has no mark of their own yet, and does not see the first.
    expect(await view(b, attempt.id)).toMatchObject({ gradingState: 'TO_GRADE', myGrade: null, releasable: false });

    await ok(b.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment), final: true } }));
    expect(await view(b, attempt.id)).toMatchObject({
      gradingState: 'READY',
      releasable: true,
      myGrade: { markerRole: 'SECOND' },
    });
    // An admin oversees the work but does not grade it.
    expect(await view(world.admin, attempt.id)).toMatchObject({ releasable: false, canRequestRevision: false });

    await ok(b.gql(`mutation R($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id } }`, { ids: [attempt.id] }));
    expect(await view(a, attempt.id)).toMatchObject({
      awaitingGrade: false,
      releasable: false,
      canRequestRevision: false,
      gradingState: 'RELEASED',
    });
  });

  it('offers no revision request on the last attempt', async () => {
    const world = await createWorld(app, { students: 1 });
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [], maxAttempts: 1 });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Enige poging');
    expect(await view(world.docents[0].client, attempt.id)).toMatchObject({
      awaitingGrade: true,
      canRequestRevision: false,
    });
  });
});

describe('what the API decides for the student', () => {
  it('says whether they may write now, which attempt it is, and why not', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [], maxAttempts: 2 });
    const HAND_IN = `query H($id: ID!) { assignment(id: $id) { myHandIn { canWrite reason nextAttempt } } }`;
    const handIn = async (client: GqlClient = student.client) =>
      (await ok(client.gql(HAND_IN, { id: assignment.id }))).assignment.myHandIn;

    expect(await handIn()).toEqual({ canWrite: true, reason: null, nextAttempt: 1 });
    const first = await submitText(student.client, assignment.id, 'Poging 1');
    expect(await handIn()).toEqual({ canWrite: false, reason: 'AWAITING_GRADE', nextAttempt: 2 });
    await ok(
      docent.gql(`mutation R($input: RequestRevisionInput!) { requestRevision(input: $input) { id } }`, {
        input: { submissionId: first.id, comment: 'Meer.' },
      }),
    );
    expect(await handIn()).toEqual({ canWrite: true, reason: null, nextAttempt: 2 });
    const second = await submitText(student.client, assignment.id, 'Poging 2');
    await ok(
      docent.gql(SAVE_GRADE, {
        input: { submissionId: second.id, scores: scores(assignment, [0, 0, 1]), release: true },
      }),
    );
    expect(await handIn()).toEqual({ canWrite: false, reason: 'NO_ATTEMPTS_LEFT', nextAttempt: 3 });
    // A docent reads the assignment but hands nothing in.
    expect(await handIn(docent)).toMatchObject({ canWrite: false, reason: 'SUBMITTING_STUDENTS_ONLY' });
  });
});

describe('the verdict of a score', () => {
  it('is the rule a saved grade follows; a score out of range is named by its path', async () => {
    const world = await createWorld(app, { students: 0 });
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world); // 4 + 2 points and a pass/fail; a pass takes 4
    const verdict = async (points: number[]) =>
      (
        await ok(
          docent.gql(VERDICT, {
            input: { assignmentId: assignment.id, scores: scores(assignment, points).slice(0, points.length) },
          }),
        )
      ).rubricVerdict;

    expect(await verdict([4, 2])).toEqual({ totalPoints: 6, maxPoints: 7, passed: null, complete: false });
    expect(await verdict([2, 2, 1])).toEqual({ totalPoints: 5, maxPoints: 7, passed: true, complete: true });
    expect(await verdict([2, 0, 1])).toMatchObject({ passed: false, totalPoints: 3 });
    expect(await verdict([4, 2, 0])).toMatchObject({ passed: false, totalPoints: 6 });

    const error = expectError(
      await docent.gql(VERDICT, {
        input: { assignmentId: assignment.id, scores: scores(assignment, [5]).slice(0, 1) },
      }),
      'BAD_USER_INPUT',
      'SCORE_OUT_OF_RANGE',
    );
    expect(Object.keys(error.extensions?.fields ?? {})).toEqual(['scores.0.points']);
    // Students of other tracks do not learn the assignment exists.
    const outsider = (await createWorld(app, { students: 1 })).students[0].client;
    await sql(
      `UPDATE enrollment SET status = 'WITHDRAWN' WHERE student_id = (SELECT id FROM "user" WHERE email = $1)`,
      [(await outsider.gql('{ me { email } }')).data!.me.email],
    );
    expectError(await outsider.gql(VERDICT, { input: { assignmentId: assignment.id, scores: [] } }), 'NOT_FOUND');
  });
});

describe('the limits', () => {
  it('are the ones the API enforces, for any signed-in user', async () => {
    const world = await createWorld(app, { students: 1 });
    const { assignmentLimits } = await ok(world.students[0].client.gql(LIMITS));
    expect(assignmentLimits).toMatchObject({
      maxUploadBytes: 3 * 1024 * 1024,
      maxFilesPerSubmission: 10,
      maxAttempts: 10,
      maxCriteria: 30,
      maxLevels: 10,
    });
    expect(assignmentLimits.fileTypes).toEqual(expect.arrayContaining(['pdf', 'docx']));
    expectError(await app.client().gql(LIMITS), 'UNAUTHENTICATED');
  });
});
