import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  COHORT,
  COHORTS,
  createDocent,
  createPool,
  ensureTrack,
  ids,
  insertCohort,
  MY_COHORTS,
} from './cohort-fixtures';

let app: TestApp;
let admin: GqlClient;
let core: string;

beforeAll(async () => {
  app = await startTestApp();
  core = await ensureTrack('CORE');
  admin = await signedIn(await createAdmin());
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

async function ok(client: GqlClient, query: string, variables?: Record<string, unknown>): Promise<AnyData> {
  const res = await client.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** Two cohorts of the core with their own docents, students and meetings. */
async function twoCohorts() {
  const pool = await createPool(core, { students: 8, disciplines: 3, organisations: 2 });
  const [docentA, docentB] = [await createDocent(), await createDocent()];
  const a = await insertCohort(core, {
    name: 'Lesgroep A',
    studentIds: ids(pool.slice(0, 4)),
    docentIds: [docentA.user.id],
    meetings: 3,
  });
  const b = await insertCohort(core, {
    name: 'Lesgroep B',
    studentIds: ids(pool.slice(4)),
    docentIds: [docentB.user.id],
    meetings: 1,
  });
  return { pool, docentA, docentB, a, b };
}

describe('a docent', () => {
  it('sees the cohorts they teach, with members’ disciplines and organisations, and the schedule; no others', async () => {
    const { pool, docentA, a, b } = await twoCohorts();
    const client = await signedIn(docentA);

    const { myCohorts } = await ok(client, MY_COHORTS);
    expect(myCohorts.map((c: AnyData) => c.id)).toEqual([a]);
    const [cohort] = myCohorts;
    expect(cohort.studentCount).toBe(4);
    expect(cohort.students.map((s: AnyData) => s.id).sort()).toEqual(ids(pool.slice(0, 4)).sort());
    const student = cohort.students.find((s: AnyData) => s.id === pool[1].user.id);
    expect(student).toEqual({
      id: pool[1].user.id,
      name: pool[1].user.name,
      email: pool[1].email,
      discipline: { id: pool[1].disciplineId, code: expect.any(String) },
      organisation: { id: pool[1].organisationId, name: expect.any(String) },
    });
    expect(cohort.docents.map((d: AnyData) => d.id)).toEqual([docentA.user.id]);
    expect(cohort.meetings.map((m: AnyData) => m.topic)).toEqual(['Bijeenkomst 1', 'Bijeenkomst 2', 'Bijeenkomst 3']);

    expect((await ok(client, COHORT, { id: a })).cohort.id).toBe(a);
    expectError(await client.gql(COHORT, { id: b }), 'FORBIDDEN', 'NOT_IN_COHORT');
    expectError(await client.gql(COHORTS), 'FORBIDDEN');
  });
});

describe('a student', () => {
  it('sees their cohort: peers’ names and disciplines (no e-mails, no employers), docents and schedule', async () => {
    const { pool, docentA, a, b } = await twoCohorts();
    const me = pool[0];
    const client = await signedIn(me);

    const { myCohorts } = await ok(client, MY_COHORTS);
    expect(myCohorts.map((c: AnyData) => c.id)).toEqual([a]);
    const [cohort] = myCohorts;
    expect(cohort.students).toHaveLength(4);
    for (const peer of cohort.students) {
      const source = pool.find((s) => s.user.id === peer.id)!;
      expect(peer).toEqual({
        id: source.user.id,
        name: source.user.name,
        email: null,
        discipline: { id: source.disciplineId, code: expect.any(String) },
        organisation: null,
      });
    }
    expect(cohort.docents).toEqual([
      { id: docentA.user.id, name: docentA.user.name, email: null, discipline: null, organisation: null },
    ]);
    expect(cohort.meetings).toHaveLength(3);
    expect(JSON.stringify(myCohorts)).not.toContain('@factory.test');

    expect((await ok(client, COHORT, { id: a })).cohort.students).toHaveLength(4);
    expectError(await client.gql(COHORT, { id: b }), 'FORBIDDEN', 'NOT_IN_COHORT');
    expectError(await client.gql(COHORT, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');

    // Someone in no cohort sees none, and nothing of others'.
    const loner = await signedIn(await createUser());
    expect((await ok(loner, MY_COHORTS)).myCohorts).toEqual([]);
    expectError(await loner.gql(COHORT, { id: a }), 'FORBIDDEN');
    expectError(await app.client().gql(MY_COHORTS), 'UNAUTHENTICATED');
  });
});

describe('the admin’s list of cohorts', () => {
  it('runs the same number of SQL statements for 2 and for 20 cohorts', async () => {
    const generalist = await ensureTrack('GENERALIST');
    const docent = await createDocent();
    const addCohorts = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const pool = await createPool(generalist, { students: 3, disciplines: 2, organisations: 1 });
        await insertCohort(generalist, { studentIds: ids(pool), docentIds: [docent.user.id], meetings: 2 });
      }
    };
    const list = async () => {
      const variables = { filter: { trackId: generalist }, page: { limit: 50 } };
      await admin.gql(COHORTS, variables); // warm-up: the session's last-seen touch must not land in the count
      const { result, count, queries } = await app.sql.count(() => admin.gql(COHORTS, variables));
      expect(result.errors).toBeUndefined();
      return { cohorts: result.data!.cohorts, count, queries };
    };

    await addCohorts(2);
    const small = await list();
    const existing = await countRows('SELECT count(*) FROM cohort WHERE track_id = $1', [generalist]);
    expect(small.cohorts.totalCount).toBe(existing);
    expect(small.cohorts.items).toHaveLength(existing);

    await addCohorts(18);
    const large = await list();
    expect(large.cohorts.items).toHaveLength(existing + 18);
    expect(large.cohorts.items.every((c: AnyData) => c.students.length === 3 && c.meetings.length === 2)).toBe(true);
    expect(large.cohorts.items[0].students[0].discipline).not.toBeNull();

    expect(large.count, large.queries.join('\n')).toBe(small.count);
    // Session, count, page, tracks, people, disciplines, organisations, meetings.
    expect(small.count).toBeLessThanOrEqual(9);
  });
});
