import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { uniqueId } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { createAssignment, createWorld, ok, QUEUE } from './assignment-fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const SUBMISSIONS = 2000;

describe('the grading queue', () => {
  it(`pages through ${SUBMISSIONS} submissions oldest first with a fixed number of SQL statements per page`, async () => {
    const world = await createWorld(app, { students: 0, docents: 1 });
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world);
    const tag = uniqueId('bulk');
    // Students, memberships and submissions in three statements: the test is about reading.
    await sql(
      `INSERT INTO "user" (email, name, roles, status)
       SELECT $1 || '-' || i || '@bulk.test', 'Bulk ' || i, '{STUDENT}', 'ACTIVE' FROM generate_series(1, $2) i`,
      [tag, SUBMISSIONS],
    );
    await sql(
      `INSERT INTO cohort_member (cohort_id, student_id, track_id)
       SELECT $1, id, $2 FROM "user" WHERE email LIKE $3 || '-%@bulk.test'`,
      [world.cohortId, world.trackId, tag],
    );
    await sql(
      `INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, submitted_at)
       SELECT $1, u.id, $2, 1, 'SUBMITTED', 'Verslag', now() - (row_number() OVER (ORDER BY u.email)) * interval '1 minute'
         FROM "user" u WHERE u.email LIKE $3 || '-%@bulk.test'`,
      [assignment.id, world.cohortId, tag],
    );

    const page = async (limit: number, offset = 0) => {
      await docent.gql('{ me { id } }'); // the session's last-seen touch must not land in the count
      const { result, count, queries } = await app.sql.count(() =>
        ok(docent.gql(QUEUE, { filter: { assignmentId: assignment.id }, page: { limit, offset } })),
      );
      return { items: result.gradingQueue.items, total: result.gradingQueue.totalCount, count, queries };
    };
    const small = await page(10);
    const large = await page(50, 1000);
    expect(small.total).toBe(SUBMISSIONS);
    expect(small.items).toHaveLength(10);
    expect(large.items).toHaveLength(50);
    expect(large.count, large.queries.join('\n')).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(12);
    const times = small.items.map((s: { submittedAt: string }) => Date.parse(s.submittedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Date.parse(small.items[9].submittedAt)).toBeLessThan(Date.parse(large.items[0].submittedAt));
  });
});
