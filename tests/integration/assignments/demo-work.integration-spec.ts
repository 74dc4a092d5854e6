import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions, seedDemo, type TestDatabase } from '@imh/database';
import { loadMigrationsWithSwc } from '../support/load-migrations';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

// "Each role has something to do on first login": the demo seed on a database of its own,
// read back through the API as the demo docent and the demo student see it.
const PASSWORD = 'demo-password-123';
const DAY = 86_400_000;

let database: TestDatabase;
let dataSource: DataSource;
let app: TestApp;

beforeAll(async () => {
  loadMigrationsWithSwc();
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url, { migrations: [] })).initialize();
  await seedDemo(dataSource, { demoPassword: PASSWORD });
  app = await startTestApp({ env: { DATABASE_URL: database.url } });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await dataSource?.destroy();
  await database?.drop();
});

async function signedIn(email: string): Promise<GqlClient> {
  const client = app.client();
  await client.login(email, PASSWORD);
  return client;
}

const QUEUE = `{ gradingQueue { totalCount items { authorName attempt status late submittedAt text
  assignment { title } cohort { name } } } }`;

const MY_ASSIGNMENTS = `{ myAssignments { id title myDueAt module { title }
  mySubmissions { attempt status submittedAt grade { totalPoints passed feedback feedbackHtml releasedAt } } } }`;

interface QueueItem {
  authorName: string;
  attempt: number;
  status: string;
  late: boolean;
  submittedAt: string;
  text: string;
  assignment: { title: string };
  cohort: { name: string };
}

interface MyAssignment {
  id: string;
  title: string;
  myDueAt: string | null;
  module: { title: string };
  mySubmissions: {
    attempt: number;
    status: string;
    submittedAt: string | null;
    grade: { totalPoints: number; passed: boolean; feedback: string; feedbackHtml: string; releasedAt: string } | null;
  }[];
}

async function docentQueue() {
  const docent = await signedIn('docent@imh.test');
  const { data, errors } = await docent.gql<{ gradingQueue: { totalCount: number; items: QueueItem[] } }>(QUEUE);
  expect(errors).toBeUndefined();
  return data!.gradingQueue;
}

async function studentAssignments() {
  const student = await signedIn('student@imh.test');
  const { data, errors } = await student.gql<{ myAssignments: MyAssignment[] }>(MY_ASSIGNMENTS);
  expect(errors).toBeUndefined();
  return data!.myAssignments;
}

/** Every row of every table that the seed writes work into, and the row count of every table. */
async function snapshot() {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = row.n;
  }
  const rows: Record<string, unknown[]> = {};
  for (const table of [
    'assignment',
    'rubric_criterion',
    'assignment_due_date',
    'submission',
    'grade',
    'cohort_member',
  ]) {
    rows[table] = await dataSource.query(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  }
  return { counts, rows };
}

describe('the demo work', () => {
  it('gives the demo docent two attempts waiting for a grade in their cohort, one handed in late', async () => {
    const queue = await docentQueue();
    expect(queue.totalCount).toBe(2);
    expect(
      queue.items.map((s) => [s.authorName, s.attempt, s.status, s.late, s.cohort.name, s.assignment.title]),
    ).toEqual([
      ['Joost Verhoeven', 1, 'SUBMITTED', false, 'Kerncursus – lesgroep A', expect.stringMatching(/^Reflectie/)],
      ['Meryem Aydın', 1, 'SUBMITTED', true, 'Kerncursus – lesgroep A', expect.stringMatching(/^Reflectie/)],
    ]);
    for (const item of queue.items) {
      expect(item.text.length).toBeGreaterThan(100);
      expect(new Date(item.submittedAt).getTime()).toBeLessThan(Date.now());
    }
  });

  it('gives the demo student a released grade with feedback, and an assignment due within the week', async () => {
    const assignments = await studentAssignments();
    const graded = assignments.filter((a) => a.mySubmissions.some((s) => s.grade));
    expect(graded).toHaveLength(1);
    const [attempt] = graded[0].mySubmissions;
    expect(attempt).toMatchObject({ attempt: 1, status: 'GRADED', grade: { passed: true } });
    expect(attempt.grade!.feedbackHtml).toContain('<strong>stress van de moeder</strong>');
    expect(new Date(attempt.grade!.releasedAt).getTime()).toBeGreaterThan(new Date(attempt.submittedAt!).getTime());
    expect(new Date(attempt.grade!.releasedAt).getTime()).toBeLessThanOrEqual(Date.now());

    const dueThisWeek = assignments.filter((a) => {
      const due = a.myDueAt ? new Date(a.myDueAt).getTime() - Date.now() : -1;
      return due > 0 && due <= 7 * DAY;
    });
    expect(dueThisWeek.map((a) => [a.title, a.mySubmissions.length])).toEqual([
      ['Casusbeschrijving: samenwerken rond één gezin', 0],
    ]);
    // The observation report stays open for her (the assignments journey hands it in).
    const observation = assignments.find((a) => a.title === 'Observatieverslag ouder-kindinteractie')!;
    expect(observation.mySubmissions).toEqual([]);
    expect(new Date(observation.myDueAt!).getTime() - Date.now()).toBeGreaterThan(30 * DAY);
  });

  it('keeps the demo student’s first core module completed: the graded reflection is passed', async () => {
    const student = await signedIn('student@imh.test');
    const { data } = await student.gql<{
      myLearning: { enrollments: { track: { code: string }; modules: { title: string; completed: boolean }[] }[] };
    }>('{ myLearning { enrollments { track { code } modules { title completed } } } }');
    const core = data!.myLearning.enrollments.find((e) => e.track.code === 'CORE')!;
    expect(core.modules.map((m) => [m.title, m.completed])).toEqual([
      ['De eerste 1001 dagen', true],
      ['Hechting en de ouder-kindrelatie', false],
      ['Observeren op ooghoogte van het kind', false],
      ['Multi- en transdisciplinair werken', false],
    ]);
  });

  it('can be seeded again without changing anything', async () => {
    const queueBefore = await docentQueue();
    const assignmentsBefore = await studentAssignments();
    // Taken after the sign-ins above, which add sessions.
    const before = await snapshot();
    await seedDemo(dataSource, { demoPassword: PASSWORD });
    expect(await snapshot()).toEqual(before);
    expect(await docentQueue()).toEqual(queueBefore);
    expect(await studentAssignments()).toEqual(assignmentsBefore);
  });
});
