import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreGroups } from '@imh/cohorts';
import { Locale } from '@imh/identity';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  COMMIT,
  createDocent,
  createPool,
  DISCARD,
  ensureTrack,
  ids,
  insertCohort,
  MOVE,
  POOL,
  PROPOSAL,
  PROPOSE,
  type PoolStudent,
} from './cohort-fixtures';

let app: TestApp;
let admin: GqlClient;
let adminUser: CreatedUser;
let core: string;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  core = await ensureTrack('CORE');
  adminUser = await createAdmin();
  admin = await signedIn(adminUser);
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

async function propose(input: Record<string, unknown>): Promise<AnyData> {
  return (await ok(admin, PROPOSE, { input: { trackId: core, ...input } })).proposeCohorts;
}

const memberIds = (proposal: AnyData): string[][] =>
  proposal.groups.map((g: AnyData) => g.members.map((m: AnyData) => m.id).sort());

/** The grouping's own score for these groups, to check the API reports what the algorithm computes. */
function expectedScore(pool: PoolStudent[], groups: string[][]) {
  return scoreGroups(
    pool.map((s) => ({ id: s.user.id, disciplineId: s.disciplineId, organisationId: s.organisationId })),
    groups,
    { mode: 'OPEN' },
  );
}

const written = async () => ({
  proposals: await countRows('SELECT count(*) FROM cohort_proposal'),
  cohorts: await countRows('SELECT count(*) FROM cohort'),
  members: await countRows('SELECT count(*) FROM cohort_member'),
});

describe('proposing cohorts', () => {
  it('splits a pool of 30 (six disciplines, several organisations) into groups of 8–12 that mirror its mix', async () => {
    const pool = await createPool(core, { students: 30, disciplines: 6, organisations: 4, independentEvery: 5 });

    const proposal = await propose({ studentIds: ids(pool), minSize: 8, maxSize: 12 });

    expect(proposal).toMatchObject({
      status: 'PROPOSED',
      mode: 'OPEN',
      chosenPool: true,
      poolSize: 30,
      minSize: 8,
      maxSize: 12,
      groupCount: null,
      track: { id: core, code: 'CORE' },
      problems: [],
    });
    const sizes = proposal.groups.map((g: AnyData) => g.size);
    expect(sizes).toEqual([10, 10, 10]);
    expect(memberIds(proposal).flat().sort()).toEqual(ids(pool).sort());
    for (const group of proposal.groups) {
      expect(group.members).toHaveLength(group.size);
      // Five of each discipline over three groups: one or two of each in every group.
      expect(group.distinctDisciplines).toBe(6);
      expect(group.largestDisciplineShare).toBeLessThanOrEqual(0.2);
      expect(group.disciplineCounts.reduce((sum: number, c: AnyData) => sum + c.count, 0)).toBe(group.size);
      expect(group.disciplineCounts[0].discipline.id).toBe(group.disciplineCounts[0].disciplineId);
    }
    expect(proposal.poolDisciplineCounts).toHaveLength(6);
    expect(proposal.poolDisciplineCounts.every((c: AnyData) => c.count === 5)).toBe(true);
    expect(proposal.score).toBeLessThanOrEqual(proposal.bound + 1e-9);
    expect(proposal.gap).toBeGreaterThanOrEqual(0);
    expect(proposal.gap).toBeLessThan(0.05);
    expect(proposal.score).toBeCloseTo(expectedScore(pool, memberIds(proposal)).score, 9);

    // Members come with what the admin needs to judge the split.
    const someone = pool[1];
    const shown = proposal.groups.flatMap((g: AnyData) => g.members).find((m: AnyData) => m.id === someone.user.id);
    expect(shown).toEqual({
      id: someone.user.id,
      name: someone.user.name,
      email: someone.email,
      discipline: { id: someone.disciplineId, code: expect.any(String) },
      organisation: { id: someone.organisationId, name: expect.any(String) },
    });

    const [row] = await sql<{ status: string; input: AnyData; pool_fingerprint: string; created_by_id: string }>(
      'SELECT status, input, pool_fingerprint, created_by_id FROM cohort_proposal WHERE id = $1',
      [proposal.id],
    );
    expect(row).toMatchObject({ status: 'PROPOSED', created_by_id: adminUser.user.id });
    expect(row.input.pool).toHaveLength(30);
    expect(row.input.seed).toBe(proposal.seed);
    expect(row.pool_fingerprint).toMatch(/^[0-9a-f]{64}$/);

    // Same input, same default seed: the same split.
    const again = await propose({ studentIds: [...ids(pool)].reverse(), minSize: 8, maxSize: 12 });
    expect(again.id).not.toBe(proposal.id);
    expect(memberIds(again)).toEqual(memberIds(proposal));
    expect((await ok(admin, PROPOSAL, { id: proposal.id })).cohortProposal.groups).toEqual(proposal.groups);
  });

  it('draws the whole pool of a track, or of one organisation for an in-company proposal', async () => {
    const pool = await createPool(core, { students: 6, disciplines: 2, organisations: 1 });
    const placed = await createPool(core, { students: 1, disciplines: 1, organisations: 0 });
    await insertCohort(core, { studentIds: ids(placed) });

    const { cohortPool } = await ok(admin, POOL, { trackId: core });
    const listed = cohortPool.students.map((s: AnyData) => s.id);
    expect(listed).toEqual(expect.arrayContaining(ids(pool)));
    expect(listed).not.toContain(placed[0].user.id);
    expect(cohortPool.size).toBe(listed.length);

    const whole = await propose({ groupCount: 1 });
    expect(whole).toMatchObject({ chosenPool: false, poolSize: cohortPool.size, groupCount: 1 });
    await ok(admin, DISCARD, { id: whole.id });

    const organisationId = pool[0].organisationId;
    const colleagues = (await ok(admin, POOL, { trackId: core, organisationId })).cohortPool;
    expect(colleagues.students.map((s: AnyData) => s.id).sort()).toEqual(ids(pool).sort());
    expectError(await admin.gql(POOL, { trackId: core, organisationId: 'nope' }), 'BAD_USER_INPUT', 'INVALID_ID');
    const inCompany = await propose({ mode: 'IN_COMPANY', organisationId, minSize: 2, maxSize: 4 });
    expect(inCompany).toMatchObject({ mode: 'IN_COMPANY', organisationId, poolSize: 6 });
    expect(memberIds(inCompany).flat().sort()).toEqual(ids(pool).sort());
    // In-company groups are all colleagues; that costs nothing.
    expect(inCompany.groups.every((g: AnyData) => g.organisationDuplicates === g.size)).toBe(true);
  });
});

describe('moving a student by hand', () => {
  it('re-scores the proposal, and lists what keeps it from being committed', async () => {
    const pool = await createPool(core, { students: 30, disciplines: 6, organisations: 4 });
    const proposal = await propose({ studentIds: ids(pool), minSize: 8, maxSize: 12 });
    const [first, second, third] = memberIds(proposal);

    const moved = (await ok(admin, MOVE, { input: { proposalId: proposal.id, studentId: first[0], toGroupIndex: 1 } }))
      .moveProposalStudent;
    expect(moved.groups.map((g: AnyData) => g.size)).toEqual([9, 11, 10]);
    expect(memberIds(moved)[1]).toContain(first[0]);
    expect(moved.problems).toEqual([]);
    const expected = expectedScore(pool, memberIds(moved));
    expect(moved.score).toBeCloseTo(expected.score, 9);
    expect(moved.bound).toBeCloseTo(expected.bound, 9);
    expect(moved.groups.map((g: AnyData) => g.score)).toEqual(expected.groups.map((g) => g.score));
    expect(moved.groups[0].score).not.toBe(proposal.groups[0].score);
    const [stored] = await sql<{ groups: string[][] }>('SELECT groups FROM cohort_proposal WHERE id = $1', [
      proposal.id,
    ]);
    expect(stored.groups.map((g) => [...g].sort())).toEqual(memberIds(moved));

    // Two more into group 1 make it too large: the move is kept, the problem is named.
    await ok(admin, MOVE, { input: { proposalId: proposal.id, studentId: third[0], toGroupIndex: 1 } });
    const tooLarge = (
      await ok(admin, MOVE, { input: { proposalId: proposal.id, studentId: third[1], toGroupIndex: 1 } })
    ).moveProposalStudent;
    expect(tooLarge.groups.map((g: AnyData) => g.size)).toEqual([9, 13, 8]);
    expect(tooLarge.problems).toEqual([
      {
        reason: 'GROUP_TOO_LARGE',
        message: 'Group 1 has 13 students, more than the maximum (12).',
        studentIds: [],
        groupIndex: 1,
      },
    ]);

    const before = await written();
    const refused = await admin.gql(COMMIT, {
      input: { proposalId: proposal.id, period: { startsOn: '2027-03-01', endsOn: '2027-07-01' } },
    });
    expect(expectError(refused, 'BAD_USER_INPUT', 'GROUP_TOO_LARGE').message).toContain('13 students');
    expect(await written()).toEqual(before);

    const back = (await ok(admin, MOVE, { input: { proposalId: proposal.id, studentId: third[1], toGroupIndex: 2 } }))
      .moveProposalStudent;
    expect(back.groups.map((g: AnyData) => g.size)).toEqual([9, 12, 9]);
    expect(back.problems).toEqual([]);

    const outsider = await createUser();
    expectError(
      await admin.gql(MOVE, { input: { proposalId: proposal.id, studentId: outsider.user.id, toGroupIndex: 0 } }),
      'BAD_USER_INPUT',
      'NOT_IN_PROPOSAL',
    );
    const nowhere = expectError(
      await admin.gql(MOVE, { input: { proposalId: proposal.id, studentId: second[0], toGroupIndex: 3 } }),
      'BAD_USER_INPUT',
      'GROUP_OUT_OF_RANGE',
    );
    expect(nowhere.message).toBe('There is no group 3: this proposal has groups 0–2.');
  });
});

describe('committing a proposal', () => {
  it('creates every cohort with its students, docents and meetings at once, records it, and e-mails everyone', async () => {
    const pool = await createPool(core, {
      students: 16,
      disciplines: 4,
      organisations: 3,
      locale: (i) => (i % 4 === 0 ? Locale.en : Locale.nl),
    });
    const dutchDocent = await createDocent();
    const englishDocent = await createDocent({ locale: Locale.en });
    const proposal = await propose({ studentIds: ids(pool), minSize: 6, maxSize: 10 });
    const groups = memberIds(proposal);
    expect(groups).toHaveLength(2);

    const { commitCohortProposal: result } = await ok(admin, COMMIT, {
      input: {
        proposalId: proposal.id,
        period: { startsOn: '2027-03-01', endsOn: '2027-07-15' },
        groups: [
          {
            name: 'Kerncursus voorjaar A',
            docentIds: [dutchDocent.user.id],
            meetings: [
              {
                startsAt: '2027-03-01T08:30:00.000Z',
                endsAt: '2027-03-01T12:00:00.000Z',
                place: 'Utrecht, Jaarbeurs',
                topic: 'Kennismaking',
              },
              {
                startsAt: '2027-03-29T07:30:00.000Z',
                endsAt: '2027-03-29T11:00:00.000Z',
                place: 'Utrecht, Jaarbeurs',
                topic: 'Hechting',
              },
            ],
          },
          {
            docentIds: [dutchDocent.user.id, englishDocent.user.id],
            meetings: [
              {
                startsAt: '2027-03-02T13:00:00.000Z',
                endsAt: '2027-03-02T16:00:00.000Z',
                onlineUrl: 'https://meet.example.org/imh-b',
              },
            ],
          },
        ],
      },
    });

    expect(result.proposal).toEqual({ id: proposal.id, status: 'COMMITTED' });
    const [a, b] = result.cohorts;
    expect(a).toMatchObject({
      name: 'Kerncursus voorjaar A',
      trackId: core,
      startsOn: '2027-03-01',
      endsOn: '2027-07-15',
      mode: 'OPEN',
      status: 'PLANNED',
      proposalId: proposal.id,
      studentCount: 8,
    });
    expect(b.name).toMatch(/ 2027-03 – groep 2$/);
    expect(a.students.map((s: AnyData) => s.id).sort()).toEqual(groups[0]);
    expect(b.students.map((s: AnyData) => s.id).sort()).toEqual(groups[1]);
    expect(a.docents.map((d: AnyData) => d.id)).toEqual([dutchDocent.user.id]);
    expect(b.docents.map((d: AnyData) => d.id).sort()).toEqual([dutchDocent.user.id, englishDocent.user.id].sort());
    expect(a.meetings.map((m: AnyData) => m.topic)).toEqual(['Kennismaking', 'Hechting']);
    expect(b.meetings).toEqual([
      expect.objectContaining({ place: null, onlineUrl: 'https://meet.example.org/imh-b', topic: '' }),
    ]);

    const rows = await sql<{ cohort_id: string; track_id: string }>(
      'SELECT cohort_id, track_id FROM cohort_member WHERE student_id = ANY($1)',
      [ids(pool)],
    );
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => r.track_id === core)).toBe(true);
    const [stored] = await sql<{ status: string; committed_at: Date | null }>(
      'SELECT status, committed_at FROM cohort_proposal WHERE id = $1',
      [proposal.id],
    );
    expect(stored.status).toBe('COMMITTED');
    expect(stored.committed_at).toBeInstanceOf(Date);
    const audit = await sql<{ actor_id: string; data: AnyData }>(
      `SELECT actor_id, data FROM audit_event WHERE action = 'cohort.proposal_committed' AND subject_id = $1`,
      [proposal.id],
    );
    expect(audit).toEqual([
      {
        actor_id: adminUser.user.id,
        data: expect.objectContaining({ trackId: core, cohortIds: [a.id, b.id], studentCount: 16 }),
      },
    ]);

    await app.drainQueues();
    for (const student of pool) expect(app.mail.to(student.email), student.email).toHaveLength(1);
    expect(app.mail.to(dutchDocent.email)).toHaveLength(2);
    expect(app.mail.to(englishDocent.email)).toHaveLength(1);

    const inA = pool.find((s) => groups[0].includes(s.user.id) && s.user.locale === Locale.nl)!;
    const toA = app.mail.to(inA.email)[0];
    expect(toA.subject).toMatch(/^Je lesgroep voor /);
    expect(toA.text).toContain('Je bent ingedeeld in lesgroep Kerncursus voorjaar A');
    expect(toA.text).toContain('De lesgroep loopt van 1 maart 2027 tot en met 15 juli 2027.');
    // 08:30 UTC is 09:30 in Amsterdam in March (winter time).
    expect(toA.text).toMatch(/De eerste bijeenkomst is op 1 maart 2027.*09:30, in Utrecht, Jaarbeurs\./);
    // Nothing about the other people in the group.
    for (const other of pool.filter((s) => s !== inA)) {
      expect(toA.text).not.toContain(other.email);
      expect(toA.text).not.toContain(other.user.name);
    }

    const inB = pool.find((s) => groups[1].includes(s.user.id) && s.user.locale === Locale.en)!;
    const toB = app.mail.to(inB.email)[0];
    expect(toB.subject).toMatch(/^Your class group for /);
    expect(toB.text).toContain('The group runs from 1 March 2027 to 15 July 2027.');
    expect(toB.text).toMatch(/The first meeting is on 2 March 2027.*14:00, online\./);
    expect(toB.text).not.toContain('meet.example.org');
    expect(toB.text).toContain('Go to IMH Academy: http://portal.imh.test/');
    expect(app.mail.to(englishDocent.email)[0].subject).toBe(`You are teaching ${b.name}`);

    const again = await admin.gql(COMMIT, {
      input: { proposalId: proposal.id, period: { startsOn: '2027-03-01', endsOn: '2027-07-15' } },
    });
    expectError(again, 'CONFLICT', 'PROPOSAL_CLOSED');
  });

  it('refuses with CONFLICT, writing nothing, when the pool changed since the proposal', async () => {
    const pool = await createPool(core, { students: 10, disciplines: 3, organisations: 2 });
    const first = await propose({ studentIds: ids(pool), minSize: 4, maxSize: 6 });
    const second = await propose({ studentIds: ids(pool), minSize: 4, maxSize: 6 });
    const [{ id: enrollmentId }] = await sql<{ id: string }>(
      'SELECT id FROM enrollment WHERE student_id = $1 AND track_id = $2',
      [pool[3].user.id, core],
    );
    await ok(admin, 'mutation ($id: ID!) { withdrawEnrollment(id: $id) { id status } }', { id: enrollmentId });

    const before = await written();
    const period = { startsOn: '2027-09-01', endsOn: '2028-01-31' };
    const refused = await admin.gql(COMMIT, { input: { proposalId: first.id, period } });
    expect(expectError(refused, 'CONFLICT', 'POOL_CHANGED').message).toContain('Make a new proposal');
    expect(await written()).toEqual(before);
    expect(await countRows('SELECT count(*) FROM cohort WHERE proposal_id = $1', [first.id])).toBe(0);
    const [row] = await sql<{ status: string }>('SELECT status FROM cohort_proposal WHERE id = $1', [first.id]);
    expect(row.status).toBe('PROPOSED');
    expect(await countRows(`SELECT count(*) FROM audit_event WHERE subject_id = $1`, [first.id])).toBe(0);

    // Someone placed elsewhere changes the pool too: commit a fresh proposal, then the older one.
    await sql(`UPDATE enrollment SET status = 'ACTIVE' WHERE id = $1`, [enrollmentId]);
    await ok(admin, COMMIT, { input: { proposalId: first.id, period } });
    const stale = await admin.gql(COMMIT, { input: { proposalId: second.id, period } });
    expectError(stale, 'CONFLICT', 'POOL_CHANGED');
  });
});

describe('bad input', () => {
  it('is refused with BAD_USER_INPUT naming the problem, and nothing is written', async () => {
    const pool = await createPool(core, { students: 10, disciplines: 3, organisations: 2 });
    const [s0, s1, s2] = ids(pool);
    const placed = await createPool(core, { students: 1, disciplines: 1, organisations: 0 });
    await insertCohort(core, { studentIds: ids(placed) });
    const notEnrolled = await createUser();
    const before = await written();

    const refuse = async (input: Record<string, unknown>, reason: string) => {
      const res = await admin.gql(PROPOSE, { input: { trackId: core, studentIds: ids(pool), ...input } });
      return expectError(res, 'BAD_USER_INPUT', reason);
    };

    const minMax = await refuse({ minSize: 12, maxSize: 8 }, 'MIN_GREATER_THAN_MAX');
    expect(minMax.message).toBe('The minimum group size (12) is larger than the maximum (8).');
    expect(Object.keys(minMax.extensions?.fields ?? {})).toEqual(['input.minSize', 'input.maxSize']);
    expect(minMax.extensions?.params).toEqual({ min: 12, max: 8 });

    const tooSmall = await refuse({ minSize: 12, maxSize: 16 }, 'POOL_TOO_SMALL');
    expect(tooSmall.message).toBe('The pool has 10 students, fewer than the minimum group size (12).');
    expect(tooSmall.extensions?.params).toEqual({ size: 10, min: 12 });
    expect(Object.keys(tooSmall.extensions?.fields ?? {})).toEqual(['input.studentIds']);

    const pinnedTwice = await refuse(
      {
        minSize: 4,
        maxSize: 6,
        pins: [
          { studentId: s0, groupIndex: 0 },
          { studentId: s0, groupIndex: 1 },
        ],
      },
      'PINNED_TWICE',
    );
    expect(pinnedTwice.message).toBe(`Student ${s0} is pinned into two groups (0 and 1).`);
    expect(pinnedTwice.extensions?.params).toEqual({ students: [s0], group: 0, otherGroup: 1 });
    expect(Object.keys(pinnedTwice.extensions?.fields ?? {})).toEqual([
      'input.pins.0.groupIndex',
      'input.pins.1.groupIndex',
    ]);

    const both = await refuse(
      { minSize: 4, maxSize: 6, together: [{ a: s1, b: s2 }], apart: [{ a: s2, b: s1 }] },
      'TOGETHER_AND_APART',
    );
    expect(both.message).toContain(s1);
    expect(both.message).toContain(s2);
    expect(both.message).toContain('both "together" and "apart"');
    // The students by id (the portal marks their rows), and the pairs by their place in the input.
    expect(both.extensions?.params).toEqual({ students: [s1, s2].sort() });
    expect(Object.keys(both.extensions?.fields ?? {})).toEqual(['input.apart.0', 'input.together.0']);

    const outsider = await admin.gql(PROPOSE, {
      input: { trackId: core, studentIds: [...ids(pool), notEnrolled.user.id], minSize: 4, maxSize: 6 },
    });
    const outsiderError = expectError(outsider, 'BAD_USER_INPUT', 'NOT_IN_POOL');
    expect(outsiderError.message).toBe(
      `Student ${notEnrolled.user.id} is not in the pool (not actively enrolled in this track).`,
    );
    expect(outsiderError.extensions?.params).toEqual({ students: [notEnrolled.user.id] });
    expect(Object.keys(outsiderError.extensions?.fields ?? {})).toEqual([`input.studentIds.${pool.length}`]);
    const inCohort = await admin.gql(PROPOSE, {
      input: { trackId: core, studentIds: [...ids(pool), placed[0].user.id], minSize: 4, maxSize: 6 },
    });
    expect(expectError(inCohort, 'BAD_USER_INPUT', 'NOT_IN_POOL').message).toContain(
      `Student ${placed[0].user.id} is not in the pool (already in a cohort of this track).`,
    );
    const pinnedOutsider = await refuse(
      { minSize: 4, maxSize: 6, pins: [{ studentId: notEnrolled.user.id, groupIndex: 0 }] },
      'NOT_IN_POOL',
    );
    expect(pinnedOutsider.message).toBe(`Student ${notEnrolled.user.id} is not in the pool.`);
    expect(Object.keys(pinnedOutsider.extensions?.fields ?? {})).toEqual(['input.pins.0.studentId']);

    await refuse({ minSize: 4 }, 'BOUNDS_MISSING');
    await refuse({ minSize: 4, maxSize: 6, mode: 'IN_COMPANY' }, 'ORGANISATION_REQUIRED');
    const badId = await admin.gql(PROPOSE, { input: { trackId: core, studentIds: ['not-a-uuid'], groupCount: 1 } });
    expectError(badId, 'BAD_USER_INPUT', 'VALIDATION_FAILED');

    expect(await written()).toEqual(before);
  });
});

describe('who may form cohorts', () => {
  it('only admins: FORBIDDEN for docents and students, UNAUTHENTICATED when signed out', async () => {
    const pool = await createPool(core, { students: 6, disciplines: 2, organisations: 1 });
    const proposal = await propose({ studentIds: ids(pool), minSize: 2, maxSize: 4 });
    const docent = await signedIn(await createDocent());
    const student = await signedIn(pool[0]);
    const signedOut = app.client();
    const before = await written();

    const attempts: [string, Record<string, unknown>][] = [
      [PROPOSE, { input: { trackId: core, studentIds: ids(pool), minSize: 2, maxSize: 4 } }],
      [MOVE, { input: { proposalId: proposal.id, studentId: pool[0].user.id, toGroupIndex: 1 } }],
      [COMMIT, { input: { proposalId: proposal.id, period: { startsOn: '2027-03-01', endsOn: '2027-07-01' } } }],
      [DISCARD, { id: proposal.id }],
      [PROPOSAL, { id: proposal.id }],
      [POOL, { trackId: core }],
    ];
    for (const [query, variables] of attempts) {
      expectError(await docent.gql(query, variables), 'FORBIDDEN');
      expectError(await student.gql(query, variables), 'FORBIDDEN');
      expectError(await signedOut.gql(query, variables), 'UNAUTHENTICATED');
    }

    expect(await written()).toEqual(before);
    const [row] = await sql<{ status: string; groups: string[][] }>(
      'SELECT status, groups FROM cohort_proposal WHERE id = $1',
      [proposal.id],
    );
    expect(row.status).toBe('PROPOSED');
    expect(row.groups.map((g) => [...g].sort())).toEqual(memberIds(proposal));
  });
});
