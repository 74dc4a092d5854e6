import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, enrol, markDone, MY_LEARNING, resetTrack } from './catalogue-fixtures';

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

/** Builds a catalogue of `modules` modules × `lessons` lessons in core and specialist, each module requiring the one before. */
async function catalogue(modules: number, lessons: number) {
  const core = await resetTrack('CORE');
  const specialist = await resetTrack('SPECIALIST');
  const lessonIds: string[] = [];
  for (const track of [core, specialist]) {
    let previous: string | undefined;
    for (let i = 0; i < modules; i++) {
      const module = await createModule(track, { lessons, prerequisiteIds: previous ? [previous] : [] });
      previous = module.id;
      lessonIds.push(...module.lessonIds);
    }
  }
  const student = await createUser();
  await enrol(student.user.id, core, 'COMPLETED');
  await enrol(student.user.id, specialist);
  // Some progress, so completion and locking are really computed.
  await markDone(
    student.user.id,
    lessonIds.filter((_, i) => i % 2 === 0),
  );
  return { student: await signedIn(student), lessonCount: lessonIds.length };
}

async function countDashboard(client: GqlClient) {
  await client.gql(MY_LEARNING); // warm-up: the session's last-seen touch must not land in the count
  const { result, count, queries } = await app.sql.count(() => client.gql(MY_LEARNING));
  expect(result.errors).toBeUndefined();
  return { data: result.data!.myLearning, count, queries };
}

describe('the student dashboard', () => {
  it('runs the same number of SQL statements for a small and a large catalogue', async () => {
    const small = await catalogue(1, 1);
    const smallRun = await countDashboard(small.student);
    expect(smallRun.data.enrollments.map((e: { modules: unknown[] }) => e.modules.length)).toEqual([1, 1]);

    const large = await catalogue(25, 6);
    expect(large.lessonCount).toBe(300);
    const largeRun = await countDashboard(large.student);
    expect(largeRun.data.enrollments.map((e: { modules: unknown[] }) => e.modules.length)).toEqual([25, 25]);
    expect(largeRun.data.enrollments[1].modules[1]).toMatchObject({ locked: true });

    expect(largeRun.count, largeRun.queries.join('\n')).toBe(smallRun.count);
    // Session lookup, enrolments, tracks, modules, lessons with progress.
    expect(smallRun.count).toBeGreaterThanOrEqual(5);
    expect(smallRun.count).toBeLessThanOrEqual(6);
  });
});
