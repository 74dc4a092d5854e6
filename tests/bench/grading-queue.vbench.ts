// Grading-queue latency over 2,000 submissions: the issue asks that the docent's queue
// "pages quickly". Runs in Vitest's bench mode on the integration harness (a fresh database,
// the real API), via `npm run bench`; never part of `npm test`.
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createAssignment, createWorld, ok, QUEUE } from '../integration/assignments/assignment-fixtures';
import { sql } from '../integration/support/database';
import { uniqueId } from '../integration/support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../integration/support/test-app';

const SUBMISSIONS = 2000;
let app: TestApp;
let docent: GqlClient;
let assignmentId: string;

beforeAll(async () => {
  app = await startTestApp();
  const world = await createWorld(app, { students: 0, docents: 1 });
  docent = world.docents[0].client;
  const assignment = await createAssignment(world);
  assignmentId = assignment.id;
  const tag = uniqueId('bench');
  await sql(
    `INSERT INTO "user" (email, name, roles, status)
     SELECT $1 || '-' || i || '@bench.test', 'Bench ' || i, '{STUDENT}', 'ACTIVE' FROM generate_series(1, $2) i`,
    [tag, SUBMISSIONS],
  );
  await sql(
    `INSERT INTO cohort_member (cohort_id, student_id, track_id)
     SELECT $1, id, $2 FROM "user" WHERE email LIKE $3 || '-%@bench.test'`,
    [world.cohortId, world.trackId, tag],
  );
  await sql(
    `INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, submitted_at)
     SELECT $1, u.id, $2, 1, 'SUBMITTED', 'Verslag', now() - (row_number() OVER (ORDER BY u.email)) * interval '1 minute'
       FROM "user" u WHERE u.email LIKE $3 || '-%@bench.test'`,
    [assignment.id, world.cohortId, tag],
  );
  await sql('ANALYZE');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe(`grading queue, ${SUBMISSIONS} submissions (one GraphQL request per iteration)`, () => {
  for (const [limit, offset] of [
    [25, 0],
    [100, 0],
    [25, 1900],
  ]) {
    bench(
      `page of ${limit} at offset ${offset}`,
      async () => {
        await ok(docent.gql(QUEUE, { filter: { assignmentId }, page: { limit, offset } }));
      },
      { iterations: 30, warmupIterations: 3, time: 0 },
    );
  }
});
