import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  createAssignment,
  createWorld,
  ok,
  RELEASE,
  SAVE_GRADE,
  scores,
  SUBMISSION,
  submitText,
} from './assignment-fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const GRADES = `query Grades($id: ID!) { submission(id: $id) { status grades { markerRole totalPoints marker { id } } grade { markerRole totalPoints } } }`;

describe('double marking', () => {
  it('two markers grade blind; when they differ a third docent decides; the agreed grade is released and all marks stay', async () => {
    const world = await createWorld(app, { docents: 4, students: 1 });
    const [first, second, third, fourth] = world.docents.map((d) => d.client);
    const [student] = world.students;
    const assignment = await createAssignment(world, {
      submissionKind: 'TEXT',
      allowedFileTypes: [],
      doubleMarking: true,
      doubleMarkingThreshold: 1,
    });
    const attempt = await submitText(student.client, assignment.id, 'Eindopdracht');

    await ok(
      first.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, scores: scores(assignment, [4, 2, 1]), final: true },
      }),
    );
    // The second marker does not see the first mark.
    const blind = (await ok(second.gql(GRADES, { id: attempt.id }))).submission;
    expect(blind.grades).toEqual([]);
    await ok(second.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment, [2, 0, 1]) } }));
    expect((await ok(second.gql(GRADES, { id: attempt.id }))).submission.grades).toHaveLength(1);
    expectError(
      await third.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: [] } }),
      'CONFLICT',
      'MARKERS_TAKEN',
    );
    // Nothing to release until the marks are compared.
    expectError(await first.gql(RELEASE, { ids: [attempt.id] }), 'CONFLICT', 'NO_AGREED_GRADE');

    await ok(
      second.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, version: 1, scores: scores(assignment, [2, 0, 1]), final: true },
      }),
    );
    const disputed = (await ok(third.gql(GRADES, { id: attempt.id }))).submission;
    expect(disputed.status).toBe('NEEDS_THIRD_MARKER');
    expect(disputed.grades.map((g: { markerRole: string }) => g.markerRole)).toEqual(['FIRST', 'SECOND']);
    // A first marker cannot decide their own dispute.
    expectError(
      await first.gql(SAVE_GRADE, { input: { submissionId: attempt.id, version: 1, scores: scores(assignment) } }),
      'CONFLICT',
      'MARK_FINAL',
    );

    await ok(
      third.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, scores: scores(assignment, [4, 1, 1]), final: true, feedback: 'Besluit' },
      }),
    );
    expectError(await fourth.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: [] } }), 'CONFLICT');
    await ok(third.gql(RELEASE, { ids: [attempt.id] }));

    const seen = (await ok(student.client.gql(SUBMISSION, { id: attempt.id }))).submission;
    expect(seen.grade).toMatchObject({ markerRole: 'THIRD', totalPoints: 6, feedback: 'Besluit' });
    expect(seen.grades).toHaveLength(1);
    const rows = await sql<{ marker_role: string; total_points: number; agreed: boolean; status: string }>(
      'SELECT marker_role, total_points, agreed, status FROM grade WHERE submission_id = $1 ORDER BY marker_role',
      [attempt.id],
    );
    expect(rows).toEqual([
      { marker_role: 'FIRST', total_points: 7, agreed: false, status: 'FINAL' },
      { marker_role: 'SECOND', total_points: 3, agreed: false, status: 'FINAL' },
      { marker_role: 'THIRD', total_points: 6, agreed: true, status: 'RELEASED' },
    ]);
  });

  it('marks within the threshold with the same verdict agree: the first mark is released', async () => {
    const world = await createWorld(app, { docents: 2, students: 1 });
    const [first, second] = world.docents.map((d) => d.client);
    const assignment = await createAssignment(world, {
      submissionKind: 'TEXT',
      allowedFileTypes: [],
      doubleMarking: true,
      doubleMarkingThreshold: 1,
    });
    const attempt = await submitText(world.students[0].client, assignment.id, 'Eindopdracht');
    await ok(
      first.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, scores: scores(assignment, [4, 2, 1]), final: true },
      }),
    );
    await ok(
      second.gql(SAVE_GRADE, {
        input: { submissionId: attempt.id, scores: scores(assignment, [4, 1, 1]), final: true },
      }),
    );
    const released = (await ok(second.gql(RELEASE, { ids: [attempt.id] }))).releaseGrades;
    expect(released[0]).toMatchObject({ status: 'GRADED', grade: { status: 'RELEASED', passed: true } });
    const seen = (await ok(world.students[0].client.gql(SUBMISSION, { id: attempt.id }))).submission;
    expect(seen.grade).toMatchObject({ markerRole: 'FIRST', totalPoints: 7 });
  });
});
