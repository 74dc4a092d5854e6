import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createOrganisation, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  ADD_DOCENT,
  ADD_MEETING,
  ADD_STUDENT,
  CREATE_COHORT,
  createDocent,
  createPool,
  ensureTrack,
  ids,
  POOL,
  REMOVE_DOCENT,
  REMOVE_MEETING,
  REMOVE_STUDENT,
  UPDATE_COHORT,
  UPDATE_MEETING,
} from './cohort-fixtures';

let app: TestApp;
let admin: GqlClient;
let core: string;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
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

const PERIOD = { startsOn: '2027-09-06', endsOn: '2028-01-31' };

const cohortInput = (input: Record<string, unknown> = {}) => ({
  trackId: core,
  name: 'Kerncursus najaar',
  period: PERIOD,
  ...input,
});

const cohortRows = () => countRows('SELECT count(*) FROM cohort');

describe('making a cohort by hand', () => {
  it('creates it with docents and students from the pool, tells them once, and checks its input', async () => {
    const pool = await createPool(core, { students: 3, disciplines: 2, organisations: 1 });
    const docent = await createDocent();
    const before = await cohortRows();

    const { createCohort: cohort } = await ok(admin, CREATE_COHORT, {
      input: cohortInput({ docentIds: [docent.user.id], studentIds: ids(pool) }),
    });
    expect(cohort).toMatchObject({
      name: 'Kerncursus najaar',
      startsOn: '2027-09-06',
      endsOn: '2028-01-31',
      mode: 'OPEN',
      status: 'PLANNED',
      proposalId: null,
      studentCount: 3,
    });
    expect(cohort.docents.map((d: AnyData) => d.id)).toEqual([docent.user.id]);
    expect(await cohortRows()).toBe(before + 1);
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE action = 'cohort.created' AND subject_id = $1`, [
        cohort.id,
      ]),
    ).toBe(1);

    await app.drainQueues();
    expect(app.mail.to(docent.email)).toHaveLength(1);
    expect(app.mail.to(docent.email)[0].subject).toBe('Je geeft les aan Kerncursus najaar');
    expect(app.mail.to(docent.email)[0].text).toContain('De data van de bijeenkomsten vind je binnenkort');
    for (const student of pool) expect(app.mail.to(student.email)).toHaveLength(1);

    // Removing and adding the docent again is the same placement: the e-mail is not sent twice.
    await ok(admin, REMOVE_DOCENT, { input: { cohortId: cohort.id, userId: docent.user.id } });
    const readded = await ok(admin, ADD_DOCENT, { input: { cohortId: cohort.id, userId: docent.user.id } });
    expect(readded.addCohortDocent.docents).toEqual([{ id: docent.user.id }]);
    await app.drainQueues();
    expect(app.mail.to(docent.email)).toHaveLength(1);

    const refuse = async (input: Record<string, unknown>, reason: string, field?: string) => {
      const error = expectError(
        await admin.gql(CREATE_COHORT, { input: cohortInput(input) }),
        'BAD_USER_INPUT',
        reason,
      );
      if (field) expect(Object.keys(error.extensions?.fields ?? {})).toContain(field);
      return error;
    };
    await refuse({ period: { startsOn: '2027-09-06', endsOn: '2027-09-01' } }, 'VALIDATION_FAILED', 'period.endsOn');
    await refuse({ period: { startsOn: '2027-02-30', endsOn: '2027-09-01' } }, 'VALIDATION_FAILED', 'period.startsOn');
    await refuse({ name: '   ' }, 'VALIDATION_FAILED', 'name');
    await refuse({ mode: 'IN_COMPANY' }, 'ORGANISATION_REQUIRED', 'input.organisationId');
    const organisation = await createOrganisation();
    await refuse({ organisationId: organisation.id }, 'ORGANISATION_NOT_ALLOWED', 'input.organisationId');
    const notADocent = await createUser();
    const docentError = await refuse(
      { docentIds: [docent.user.id, notADocent.user.id] },
      'NOT_A_DOCENT',
      'input.docentIds.1',
    );
    expect(docentError.message).toBe(`User ${notADocent.user.id} is not an active docent.`);
    expect(docentError.extensions?.params).toEqual({ users: [notADocent.user.id] });
    const placedError = await refuse({ studentIds: [pool[0].user.id] }, 'NOT_IN_POOL', 'input.studentIds.0');
    expect(placedError.message).toContain(pool[0].user.id);
    expect(placedError.extensions?.params).toEqual({ students: [pool[0].user.id] });
    expect(await cohortRows()).toBe(before + 1);
  });
});

describe('students of a cohort', () => {
  it('are in at most one cohort per track; removing one puts them back in the pool', async () => {
    const [student] = await createPool(core, { students: 1, disciplines: 1, organisations: 0 });
    const first = (await ok(admin, CREATE_COHORT, { input: cohortInput({ name: 'Eerste' }) })).createCohort;
    const second = (await ok(admin, CREATE_COHORT, { input: cohortInput({ name: 'Tweede' }) })).createCohort;

    const added = await ok(admin, ADD_STUDENT, { input: { cohortId: first.id, userId: student.user.id } });
    expect(added.addCohortStudent.students).toEqual([{ id: student.user.id }]);
    const twice = await admin.gql(ADD_STUDENT, { input: { cohortId: second.id, userId: student.user.id } });
    expect(expectError(twice, 'CONFLICT', 'ALREADY_IN_COHORT').message).toContain('"Eerste"');
    expect(await countRows('SELECT count(*) FROM cohort_member WHERE student_id = $1', [student.user.id])).toBe(1);
    const inPool = async () =>
      (await ok(admin, POOL, { trackId: core })).cohortPool.students.some((s: AnyData) => s.id === student.user.id);
    expect(await inPool()).toBe(false);

    await ok(admin, REMOVE_STUDENT, { input: { cohortId: first.id, userId: student.user.id } });
    expect(await inPool()).toBe(true);
    await ok(admin, ADD_STUDENT, { input: { cohortId: second.id, userId: student.user.id } });
    const [row] = await sql<{ cohort_id: string }>('SELECT cohort_id FROM cohort_member WHERE student_id = $1', [
      student.user.id,
    ]);
    expect(row.cohort_id).toBe(second.id);

    const outsider = await createUser();
    const notEnrolled = await admin.gql(ADD_STUDENT, { input: { cohortId: second.id, userId: outsider.user.id } });
    expectError(notEnrolled, 'BAD_USER_INPUT', 'NOT_IN_POOL');
  });
});

describe('editing a cohort and its schedule', () => {
  it('updates the cohort and its meetings, refusing an end before the start, a bad link or no place at all', async () => {
    const { createCohort: cohort } = await ok(admin, CREATE_COHORT, { input: cohortInput() });

    const { updateCohort: updated } = await ok(admin, UPDATE_COHORT, {
      input: { id: cohort.id, name: 'Kerncursus najaar (Utrecht)', status: 'ACTIVE' },
    });
    expect(updated).toMatchObject({ name: 'Kerncursus najaar (Utrecht)', status: 'ACTIVE', startsOn: PERIOD.startsOn });
    const organisation = await createOrganisation();
    const inCompany = await ok(admin, UPDATE_COHORT, {
      input: { id: cohort.id, mode: 'IN_COMPANY', organisationId: organisation.id },
    });
    expect(inCompany.updateCohort).toMatchObject({ mode: 'IN_COMPANY', organisation: { id: organisation.id } });
    const open = await ok(admin, UPDATE_COHORT, { input: { id: cohort.id, mode: 'OPEN' } });
    expect(open.updateCohort).toMatchObject({ mode: 'OPEN', organisationId: null });
    expectError(
      await admin.gql(UPDATE_COHORT, { input: { id: cohort.id, mode: 'IN_COMPANY' } }),
      'BAD_USER_INPUT',
      'ORGANISATION_REQUIRED',
    );

    const meeting = {
      cohortId: cohort.id,
      startsAt: '2027-09-06T07:30:00.000Z',
      endsAt: '2027-09-06T11:00:00.000Z',
      place: '  Zalen De Bron, Utrecht ',
      topic: 'Kennismaking',
    };
    const { addCohortMeeting: added } = await ok(admin, ADD_MEETING, { input: meeting });
    expect(added).toMatchObject({ cohortId: cohort.id, place: 'Zalen De Bron, Utrecht', onlineUrl: null });

    const meetings = () => countRows('SELECT count(*) FROM cohort_meeting WHERE cohort_id = $1', [cohort.id]);
    const refuse = async (query: string, input: Record<string, unknown>, field: string) => {
      const error = expectError(await admin.gql(query, { input }), 'BAD_USER_INPUT');
      expect(Object.keys(error.extensions?.fields ?? {})).toContain(field);
      return error;
    };
    const early = await refuse(ADD_MEETING, { ...meeting, endsAt: '2027-09-06T07:00:00.000Z' }, 'endsAt');
    expect(early.message).toBe('The end must be after the start.');
    await refuse(ADD_MEETING, { ...meeting, place: null, onlineUrl: 'ftp://files.example.org/x' }, 'onlineUrl');
    const nowhere = await refuse(ADD_MEETING, { ...meeting, place: '  ' }, 'place');
    expect(nowhere.message).toBe('Enter a place or an online link.');
    await refuse(ADD_MEETING, { ...meeting, topic: 'x'.repeat(201) }, 'topic');
    expect(await meetings()).toBe(1);

    const { updateCohortMeeting: online } = await ok(admin, UPDATE_MEETING, {
      input: { id: added.id, place: null, onlineUrl: 'https://meet.example.org/imh' },
    });
    expect(online).toMatchObject({ place: null, onlineUrl: 'https://meet.example.org/imh', topic: 'Kennismaking' });
    await refuse(UPDATE_MEETING, { id: added.id, endsAt: '2027-09-06T06:00:00.000Z' }, 'input.endsAt');
    await refuse(UPDATE_MEETING, { id: added.id, onlineUrl: null }, 'input.place');
    const [stored] = await sql<{ online_url: string; ends_at: Date }>(
      'SELECT online_url, ends_at FROM cohort_meeting WHERE id = $1',
      [added.id],
    );
    expect(stored).toEqual({ online_url: 'https://meet.example.org/imh', ends_at: new Date(meeting.endsAt) });

    const removed = await ok(admin, REMOVE_MEETING, { id: added.id });
    expect(removed.removeCohortMeeting).toEqual({ id: cohort.id, meetings: [] });
  });
});

describe('who may edit cohorts', () => {
  it('only admins: FORBIDDEN for docents and students, UNAUTHENTICATED when signed out', async () => {
    const [student] = await createPool(core, { students: 1, disciplines: 1, organisations: 0 });
    const docentUser = await createDocent();
    const { createCohort: cohort } = await ok(admin, CREATE_COHORT, {
      input: cohortInput({ docentIds: [docentUser.user.id] }),
    });
    const docent = await signedIn(docentUser);
    const self = await signedIn(student);
    const signedOut = app.client();
    const before = {
      cohorts: await cohortRows(),
      members: await countRows('SELECT count(*) FROM cohort_member WHERE cohort_id = $1', [cohort.id]),
      meetings: await countRows('SELECT count(*) FROM cohort_meeting WHERE cohort_id = $1', [cohort.id]),
    };

    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_COHORT, { input: cohortInput() }],
      [UPDATE_COHORT, { input: { id: cohort.id, name: 'Overgenomen' } }],
      [ADD_STUDENT, { input: { cohortId: cohort.id, userId: student.user.id } }],
      [ADD_DOCENT, { input: { cohortId: cohort.id, userId: docentUser.user.id } }],
      [
        ADD_MEETING,
        {
          input: {
            cohortId: cohort.id,
            startsAt: '2027-09-06T07:30:00.000Z',
            endsAt: '2027-09-06T11:00:00.000Z',
            place: 'Utrecht',
          },
        },
      ],
    ];
    for (const [query, variables] of attempts) {
      expectError(await docent.gql(query, variables), 'FORBIDDEN');
      expectError(await self.gql(query, variables), 'FORBIDDEN');
      expectError(await signedOut.gql(query, variables), 'UNAUTHENTICATED');
    }
    expect({
      cohorts: await cohortRows(),
      members: await countRows('SELECT count(*) FROM cohort_member WHERE cohort_id = $1', [cohort.id]),
      meetings: await countRows('SELECT count(*) FROM cohort_meeting WHERE cohort_id = $1', [cohort.id]),
    }).toEqual(before);
  });
});

describe('dates', () => {
  it('outside 2000–2100 are refused at their field for every cohort date, and nothing is written', async () => {
    const { createCohort: cohort } = await ok(admin, CREATE_COHORT, { input: cohortInput() });
    const meeting = {
      cohortId: cohort.id,
      startsAt: '2027-09-06T07:30:00.000Z',
      endsAt: '2027-09-06T11:00:00.000Z',
      place: 'Utrecht',
    };
    const { addCohortMeeting: added } = await ok(admin, ADD_MEETING, { input: meeting });
    const before = {
      cohorts: await cohortRows(),
      meetings: await countRows('SELECT count(*) FROM cohort_meeting WHERE cohort_id = $1', [cohort.id]),
      stored: await sql('SELECT starts_at, ends_at FROM cohort_meeting WHERE id = $1', [added.id]),
      period: await sql('SELECT starts_on, ends_on FROM cohort WHERE id = $1', [cohort.id]),
    };

    // The earliest instant JavaScript knows: a valid Date, but no Postgres timestamp.
    const farPast = '-271821-04-20T00:00:00.000Z';
    const attempts: [string, Record<string, unknown>, string][] = [
      [ADD_MEETING, { ...meeting, startsAt: farPast }, 'startsAt'],
      [ADD_MEETING, { ...meeting, endsAt: '+275760-09-13T00:00:00.000Z' }, 'endsAt'],
      [ADD_MEETING, { ...meeting, startsAt: '1999-12-31T22:00:00.000Z' }, 'startsAt'],
      [UPDATE_MEETING, { id: added.id, startsAt: farPast }, 'startsAt'],
      [UPDATE_MEETING, { id: added.id, endsAt: '2101-01-01T00:00:00.000Z' }, 'endsAt'],
      [CREATE_COHORT, cohortInput({ period: { startsOn: '1899-12-31', endsOn: '2027-01-01' } }), 'period.startsOn'],
      [CREATE_COHORT, cohortInput({ period: { startsOn: '2027-01-01', endsOn: '9999-12-31' } }), 'period.endsOn'],
      [UPDATE_COHORT, { id: cohort.id, period: { startsOn: '1970-01-01', endsOn: '2027-01-01' } }, 'period.startsOn'],
    ];
    for (const [query, input, field] of attempts) {
      const error = expectError(await admin.gql(query, { input }), 'BAD_USER_INPUT', 'VALIDATION_FAILED');
      expect(error.extensions?.fields, JSON.stringify(input)).toEqual({
        [field]: 'Enter a date between 2000 and 2100.',
      });
    }
    expect({
      cohorts: await cohortRows(),
      meetings: await countRows('SELECT count(*) FROM cohort_meeting WHERE cohort_id = $1', [cohort.id]),
      stored: await sql('SELECT starts_at, ends_at FROM cohort_meeting WHERE id = $1', [added.id]),
      period: await sql('SELECT starts_on, ends_on FROM cohort WHERE id = $1', [cohort.id]),
    }).toEqual(before);
  });
});
