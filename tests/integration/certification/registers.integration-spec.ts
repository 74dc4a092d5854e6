// Accreditation points per professional register: students record their number (format per
// register, offered by their discipline), a module's points per register are earned when the module
// is complete by the module completion rule, and admins export per register and period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createDiscipline, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, markDone, resetTrack, type ModuleFixture } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { CREATE_ASSIGNMENT, observationReport } from '../assignments/assignment-fixtures';
import { signedIn, signedInAdmin } from './certification-fixtures';

const PROFILE_FIELDS = `studentId disciplineName offeredRegisters { code example } registrations { register number }
  points { year register points registered modules { moduleId moduleTitle earnedOn points } }`;
const PROFILE = `query Profile($studentId: ID) { accreditation(studentId: $studentId) { ${PROFILE_FIELDS} } }`;
const RECORD = `mutation Record($input: RecordRegistrationInput!) { recordRegistration(input: $input) { ${PROFILE_FIELDS} } }`;
const REMOVE = `mutation Remove($input: RemoveRegistrationInput!) { removeRegistration(input: $input) { ${PROFILE_FIELDS} } }`;
const SET_POINTS = `mutation SetPoints($input: SetModuleRegisterPointsInput!) { setModuleRegisterPoints(input: $input) { register points } }`;
const MODULE_POINTS = `query ModulePoints($moduleId: ID!) { moduleRegisterPoints(moduleId: $moduleId) { register points } }`;
const SET_REGISTERS = `mutation SetRegisters($input: SetDisciplineRegistersInput!) { setDisciplineRegisters(input: $input) { code } }`;
const REGISTERS = `query Registers($disciplineId: ID) { registers(disciplineId: $disciplineId) { code name format example } }`;
const EXPORT = `query Export($input: AccreditationExportInput!) {
  accreditationExport(input: $input) {
    register from to fileName csv rowCount totalPoints
    editions { cohortId cohortName trackTitle startsOn endsOn numbers count }
    missing { studentId name email modules points }
  }
}`;

let app: TestApp;
let admin: GqlClient;
let track: string;
let attachment: ModuleFixture;
let observing: ModuleFixture;
let withAssignment: ModuleFixture;
let youthCare: string;
let doctors: string;

/** A student of the discipline who did every lesson of these modules, the last one on `on` (noon UTC). */
async function completed(
  modules: ModuleFixture[],
  on: string,
  options: { name?: string; disciplineId?: string } = {},
): Promise<CreatedUser> {
  const student = await createUser({ name: options.name, disciplineId: options.disciplineId ?? youthCare });
  const lessonIds = modules.flatMap((m) => m.lessonIds);
  await markDone(student.user.id, lessonIds);
  await sql(
    `UPDATE lesson_progress SET completed_at = $3::timestamptz - (interval '1 hour' * (array_position($2::uuid[], lesson_id) - 1))
      WHERE student_id = $1 AND lesson_id = ANY($2::uuid[])`,
    [student.user.id, [...lessonIds].reverse(), `${on}T12:00:00Z`],
  );
  return student;
}

async function record(client: GqlClient, register: string, number: string, studentId?: string) {
  return client.gql(RECORD, { input: { register, number, ...(studentId ? { studentId } : {}) } });
}

const exportOf = (client: GqlClient, register: string, from: string, to: string) =>
  client.gql(EXPORT, { input: { register, from, to } });

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app);
  track = await resetTrack('SPECIALIST');
  attachment = await createModule(track, { title: 'Hechting in de praktijk', lessons: 2 });
  observing = await createModule(track, { title: 'Observeren', lessons: 1 });
  withAssignment = await createModule(track, { title: 'Casuïstiek', lessons: 1 });
  const created = await admin.gql(CREATE_ASSIGNMENT, { input: observationReport(withAssignment.id) });
  expect(created.errors).toBeUndefined();
  for (const [module, points] of [
    [
      attachment,
      [
        { register: 'SKJ', points: 4 },
        { register: 'KNMG', points: 3 },
      ],
    ],
    [observing, [{ register: 'SKJ', points: 2 }]],
    [withAssignment, [{ register: 'SKJ', points: 5 }]],
  ] as const) {
    const res = await admin.gql(SET_POINTS, { input: { moduleId: module.id, points } });
    expect(res.errors).toBeUndefined();
  }
  youthCare = (await createDiscipline()).id;
  doctors = (await createDiscipline()).id;
  expect(
    (await admin.gql(SET_REGISTERS, { input: { disciplineId: youthCare, registers: ['SKJ'] } })).errors,
  ).toBeUndefined();
  expect(
    (await admin.gql(SET_REGISTERS, { input: { disciplineId: doctors, registers: ['KNMG', 'SKJ'] } })).data,
  ).toEqual({ setDisciplineRegisters: [{ code: 'SKJ' }, { code: 'KNMG' }] });
});
afterAll(async () => {
  await app?.close();
});

describe('configuration', () => {
  it("a module's points per register and a discipline's registers are read back as set", async () => {
    expect((await admin.gql(MODULE_POINTS, { moduleId: attachment.id })).data).toEqual({
      moduleRegisterPoints: [
        { register: 'SKJ', points: 4 },
        { register: 'KNMG', points: 3 },
      ],
    });
    const offered = await admin.gql(REGISTERS, { disciplineId: doctors });
    expect(offered.data!.registers.map((r: { code: string }) => r.code)).toEqual(['SKJ', 'KNMG']);
    const all = await admin.gql(REGISTERS);
    expect(all.data!.registers).toHaveLength(6);
    expect(all.data!.registers.find((r: { code: string }) => r.code === 'NIP')).toMatchObject({
      example: 'NIP-123456',
    });
  });

  it('a register named twice, or 0 points, is refused and the old set stays', async () => {
    const twice = await admin.gql(SET_POINTS, {
      input: {
        moduleId: observing.id,
        points: [
          { register: 'SKJ', points: 1 },
          { register: 'SKJ', points: 2 },
        ],
      },
    });
    expect(expectError(twice, 'BAD_USER_INPUT', 'REGISTER_REPEATED').extensions?.params).toEqual({ register: 'SKJ' });
    expectError(
      await admin.gql(SET_POINTS, { input: { moduleId: observing.id, points: [{ register: 'SKJ', points: 0 }] } }),
      'BAD_USER_INPUT',
    );
    expect((await admin.gql(MODULE_POINTS, { moduleId: observing.id })).data).toEqual({
      moduleRegisterPoints: [{ register: 'SKJ', points: 2 }],
    });
  });

  it('students and docents may not set points or registers (FORBIDDEN, typed)', async () => {
    const student = await signedIn(app, await createUser());
    const docent = await signedIn(app, await createUser({ roles: [Role.DOCENT] }));
    for (const client of [student, docent]) {
      expectError(
        await client.gql(SET_POINTS, { input: { moduleId: observing.id, points: [] } }),
        'FORBIDDEN',
        'ONLY_ADMINS_MANAGE_ACCREDITATION',
      );
      expectError(
        await client.gql(SET_REGISTERS, { input: { disciplineId: youthCare, registers: [] } }),
        'FORBIDDEN',
        'ONLY_ADMINS_MANAGE_ACCREDITATION',
      );
    }
    expect(await countRows('SELECT count(*) FROM module_register_points WHERE module_id = $1', [observing.id])).toBe(1);
  });
});

describe('recording a registration number', () => {
  it('the discipline decides the registers offered; a valid number is stored normalised', async () => {
    const doctor = await createUser({ disciplineId: doctors });
    const client = await signedIn(app, doctor);
    const before = await client.gql(PROFILE);
    expect(before.data!.accreditation).toMatchObject({
      studentId: doctor.user.id,
      offeredRegisters: [{ code: 'SKJ' }, { code: 'KNMG' }],
      registrations: [],
      points: [],
    });
    const res = await record(client, 'KNMG', '190 123 456 01');
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordRegistration.registrations).toEqual([{ register: 'KNMG', number: '19012345601' }]);
    // Changing it replaces the number: one row per student and register.
    expect((await record(client, 'KNMG', '19012345602')).errors).toBeUndefined();
    expect(await countRows('SELECT count(*) FROM registration WHERE student_id = $1', [doctor.user.id])).toBe(1);
    const removed = await client.gql(REMOVE, { input: { register: 'KNMG' } });
    expect(removed.data!.removeRegistration.registrations).toEqual([]);
    expectError(await client.gql(REMOVE, { input: { register: 'KNMG' } }), 'NOT_FOUND');
  });

  it.each([
    ['KNMG', '1901234560', 'a 10-digit BIG number'],
    ['KNMG', '1901234560A', 'a letter in a BIG number'],
    ['SKJ', '12345', 'a 5-digit SKJ number'],
    ['SKJ', '12345678901', 'an 11-digit SKJ number'],
    ['SKJ', '=1+100012345', 'a formula'],
  ])(
    '%s %s (%s): BAD_USER_INPUT with a typed reason naming the register, nothing written',
    async (register, number) => {
      const doctor = await createUser({ disciplineId: doctors });
      const client = await signedIn(app, doctor);
      const before = await countRows('SELECT count(*) FROM registration');
      const error = expectError(
        await record(client, register, number),
        'BAD_USER_INPUT',
        'INVALID_REGISTRATION_NUMBER',
      );
      expect(error.extensions?.params).toEqual({
        register,
        example: register === 'KNMG' ? '19012345601' : '100012345',
      });
      expect(error.extensions?.fields).toEqual({ number: 'invalid' });
      expect(await countRows('SELECT count(*) FROM registration')).toBe(before);
    },
  );

  it('each register takes its own numbers and refuses the others, stored normalised', async () => {
    const everything = (await createDiscipline()).id;
    const all = ['SKJ', 'NIP', 'NVO', 'VVN', 'KP', 'KNMG'];
    expect(
      (await admin.gql(SET_REGISTERS, { input: { disciplineId: everything, registers: all } })).errors,
    ).toBeUndefined();
    const client = await signedIn(app, await createUser({ disciplineId: everything }));
    const cases: [string, string[], [string, string][]][] = [
      [
        'SKJ',
        ['12345', '12345678901', 'SKJ-100012345', '10001234X'],
        [
          ['100 012 345', '100012345'],
          ['123456', '123456'],
        ],
      ],
      [
        'NIP',
        ['123456', 'NIP-12', 'NIP-123456789', 'NVO-123456'],
        [
          ['NIP-123456', 'NIP-123456'],
          ['nip 1234', 'NIP-1234'],
        ],
      ],
      [
        'NVO',
        ['123', '123456789', 'NIP-123456'],
        [
          ['NVO-123456', '123456'],
          ['4567', '4567'],
        ],
      ],
      ['VVN', ['1901234560', '190123456012', 'BIG19012345601'], [['1901-2345-601', '19012345601']]],
      [
        'KP',
        ['12345', '12345678901', 'KP-12345678'],
        [
          ['12345678', '12345678'],
          ['1234567890', '1234567890'],
        ],
      ],
      ['KNMG', ['1901234560', '1901234560A'], [['190.123.456.01', '19012345601']]],
    ];
    for (const [register, invalid, valid] of cases) {
      for (const number of invalid) {
        const error = expectError(
          await record(client, register, number),
          'BAD_USER_INPUT',
          'INVALID_REGISTRATION_NUMBER',
        );
        expect(error.extensions?.params, `${register} ${number}`).toMatchObject({ register });
      }
      for (const [typed, stored] of valid) {
        const res = await record(client, register, typed);
        expect(res.errors, `${register} ${typed}`).toBeUndefined();
        expect(res.data!.recordRegistration.registrations).toContainEqual({ register, number: stored });
      }
    }
  });

  it('NIP needs its prefix; a register the discipline does not offer is refused; 10 kB is refused', async () => {
    const psychologists = (await createDiscipline()).id;
    await admin.gql(SET_REGISTERS, { input: { disciplineId: psychologists, registers: ['NIP'] } });
    const psychologist = await createUser({ disciplineId: psychologists });
    const client = await signedIn(app, psychologist);
    const before = await countRows('SELECT count(*) FROM registration');
    expectError(await record(client, 'NIP', '123456'), 'BAD_USER_INPUT', 'INVALID_REGISTRATION_NUMBER');
    const notOffered = expectError(
      await record(client, 'KNMG', '19012345601'),
      'BAD_USER_INPUT',
      'REGISTER_NOT_OFFERED',
    );
    expect(notOffered.extensions?.params).toMatchObject({ register: 'KNMG' });
    expectError(await record(client, 'NIP', 'NIP-1'.padEnd(10_000, '2')), 'BAD_USER_INPUT');
    const nobody = await signedIn(app, await createUser());
    expectError(await record(nobody, 'SKJ', '100012345'), 'BAD_USER_INPUT', 'REGISTER_NOT_OFFERED');
    expect(await countRows('SELECT count(*) FROM registration')).toBe(before);
    const ok = await record(client, 'NIP', 'nip-12345');
    expect(ok.data!.recordRegistration.registrations).toEqual([{ register: 'NIP', number: 'NIP-12345' }]);
  });

  it("another student's registrations and points are unreachable (NOT_FOUND); an admin reaches them", async () => {
    const owner = await createUser({ disciplineId: youthCare });
    const ownerClient = await signedIn(app, owner);
    expect((await record(ownerClient, 'SKJ', '100000001')).errors).toBeUndefined();
    const other = await signedIn(app, await createUser({ disciplineId: youthCare }));
    const docent = await signedIn(app, await createUser({ roles: [Role.DOCENT] }));
    for (const client of [other, docent]) {
      expectError(await client.gql(PROFILE, { studentId: owner.user.id }), 'NOT_FOUND');
      expectError(await record(client, 'SKJ', '100000002', owner.user.id), 'NOT_FOUND');
      expectError(await client.gql(REMOVE, { input: { register: 'SKJ', studentId: owner.user.id } }), 'NOT_FOUND');
    }
    expect(await sql('SELECT number FROM registration WHERE student_id = $1', [owner.user.id])).toEqual([
      { number: '100000001' },
    ]);
    const seen = await admin.gql(PROFILE, { studentId: owner.user.id });
    expect(seen.data!.accreditation.registrations).toEqual([{ register: 'SKJ', number: '100000001' }]);
    expect((await record(admin, 'SKJ', '100000003', owner.user.id)).errors).toBeUndefined();
  });
});

describe('points and the exports', () => {
  let inCohort: CreatedUser;
  let outsideCohort: CreatedUser;
  let noNumber: CreatedUser;
  let cohortName: string;

  beforeAll(async () => {
    // In the period 2025-03-01 … 2025-06-30 (Europe/Amsterdam):
    inCohort = await completed([attachment, observing], '2025-03-10', { name: 'Anna de Wit' });
    outsideCohort = await completed([attachment], '2025-06-30', { name: '=HYPERLINK("http://x.test","klik")' });
    noNumber = await completed([attachment], '2025-04-02', { name: 'Bram Zonder' });
    // Not in it: a day too late (23:30 on 30 June UTC is 1 July in Amsterdam), a lesson left, an assignment not passed.
    const late = await completed([attachment], '2025-06-30', { name: 'Cees Laat' });
    await sql(`UPDATE lesson_progress SET completed_at = '2025-06-30T22:30:00Z' WHERE student_id = $1`, [late.user.id]);
    const unfinished = await createUser({ name: 'Dirk Half', disciplineId: youthCare });
    await markDone(unfinished.user.id, attachment.lessonIds.slice(0, 1));
    const failed = await completed([withAssignment], '2025-05-01', { name: 'Eva Onvoldoende' });
    for (const [student, number] of [
      [inCohort, '100000011'],
      [outsideCohort, '100000022'],
      [late, '100000033'],
      [unfinished, '100000044'],
      [failed, '100000055'],
    ] as const) {
      expect((await record(admin, 'SKJ', number, student.user.id)).errors).toBeUndefined();
    }
    cohortName = `Specialist – lesgroep ${Date.now()}`;
    await insertCohort(track, { name: cohortName, studentIds: [inCohort.user.id] });
  });

  it('the SKJ CSV over a period: registration number, name, module, date, points; formulas neutralised', async () => {
    const res = await exportOf(admin, 'SKJ', '2025-03-01', '2025-06-30');
    expect(res.errors).toBeUndefined();
    const result = res.data!.accreditationExport;
    expect(result).toMatchObject({
      register: 'SKJ',
      fileName: 'accreditatie-skj-2025-03-01-2025-06-30.csv',
      rowCount: 3,
      totalPoints: 10,
    });
    expect(result.csv).toBe(
      [
        'registratienummer,naam,module,datum,punten',
        '100000011,Anna de Wit,Hechting in de praktijk,2025-03-10,4',
        '100000011,Anna de Wit,Observeren,2025-03-10,2',
        `100000022,"'=HYPERLINK(""http://x.test"",""klik"")",Hechting in de praktijk,2025-06-30,4`,
        '',
      ].join('\r\n'),
    );
  });

  it('the PE-online list: registration numbers per course edition, one per line', async () => {
    const result = (await exportOf(admin, 'SKJ', '2025-03-01', '2025-06-30')).data!.accreditationExport;
    expect(result.editions).toEqual([
      {
        cohortId: expect.any(String),
        cohortName,
        trackTitle: 'Route IMH specialist',
        startsOn: '2027-02-01',
        endsOn: '2027-06-30',
        numbers: '100000011',
        count: 1,
      },
      {
        cohortId: null,
        cohortName: null,
        trackTitle: 'Route IMH specialist',
        startsOn: null,
        endsOn: null,
        numbers: '100000022',
        count: 1,
      },
    ]);
    // A second student in the cohort: two numbers, one per line, sorted.
    const second = await completed([observing], '2025-05-05', { name: 'Fenna Tweede' });
    await record(admin, 'SKJ', '100000009', second.user.id);
    await sql(`INSERT INTO cohort_member (cohort_id, student_id, track_id) VALUES ($1, $2, $3)`, [
      result.editions[0].cohortId,
      second.user.id,
      track,
    ]);
    const again = (await exportOf(admin, 'SKJ', '2025-03-01', '2025-06-30')).data!.accreditationExport;
    expect(again.editions[0]).toMatchObject({ numbers: '100000009\n100000011', count: 2 });
  });

  it('a student without a registration number is reported, not silently skipped', async () => {
    const result = (await exportOf(admin, 'SKJ', '2025-03-01', '2025-06-30')).data!.accreditationExport;
    expect(result.missing).toEqual([
      {
        studentId: noNumber.user.id,
        name: 'Bram Zonder',
        email: noNumber.email,
        modules: ['Hechting in de praktijk'],
        points: 4,
      },
    ]);
    expect(result.csv).not.toContain('Bram Zonder');
    // In KNMG nobody above has a number: everyone who earned KNMG points is missing.
    const knmg = (await exportOf(admin, 'KNMG', '2025-03-01', '2025-06-30')).data!.accreditationExport;
    expect(knmg.rowCount).toBe(0);
    expect(knmg.csv).toBe('registratienummer,naam,module,datum,punten\r\n');
    expect(knmg.missing.map((m: { name: string }) => m.name).sort()).toEqual(
      ['=HYPERLINK("http://x.test","klik")', 'Anna de Wit', 'Bram Zonder'].sort(),
    );
  });

  it("the student's overview: points per year and register, flagged where the number is missing", async () => {
    const client = await signedIn(app, noNumber);
    const profile = (await client.gql(PROFILE)).data!.accreditation;
    expect(profile.points).toEqual([
      {
        year: 2025,
        register: 'SKJ',
        points: 4,
        registered: false,
        modules: [
          { moduleId: attachment.id, moduleTitle: 'Hechting in de praktijk', earnedOn: '2025-04-02', points: 4 },
        ],
      },
    ]);
    const anna = (await admin.gql(PROFILE, { studentId: inCohort.user.id })).data!.accreditation;
    expect(anna.points).toEqual([
      expect.objectContaining({ year: 2025, register: 'SKJ', points: 6, registered: true }),
    ]);
  });

  it('non-admins may not export (FORBIDDEN, typed); a bad period is refused', async () => {
    const student = await signedIn(app, inCohort);
    const docent = await signedIn(app, await createUser({ roles: [Role.DOCENT] }));
    for (const client of [student, docent]) {
      expectError(
        await exportOf(client, 'SKJ', '2025-03-01', '2025-06-30'),
        'FORBIDDEN',
        'ONLY_ADMINS_MANAGE_ACCREDITATION',
      );
    }
    expectError(
      await app.client().gql(EXPORT, { input: { register: 'SKJ', from: '2025-03-01', to: '2025-06-30' } }),
      'UNAUTHENTICATED',
    );
    expectError(await exportOf(admin, 'SKJ', '2025-06-30', '2025-03-01'), 'BAD_USER_INPUT', 'INVALID_EXPORT_PERIOD');
    expectError(await exportOf(admin, 'SKJ', '2020-01-01', '2025-01-01'), 'BAD_USER_INPUT', 'INVALID_EXPORT_PERIOD');
    expectError(await exportOf(admin, 'SKJ', '2025-02-30', '2025-06-30'), 'BAD_USER_INPUT');
    expectError(await exportOf(admin, 'SKJ', '1999-12-31', '2000-01-02'), 'BAD_USER_INPUT');
  });

  it('the export runs a bounded number of statements: the completion rule once per student with a finished module', async () => {
    const { count } = await app.sql.count(() => exportOf(admin, 'SKJ', '2025-03-01', '2025-06-30'));
    const students = await countRows(
      `SELECT count(DISTINCT student_id) FROM lesson_progress WHERE lesson_id = ANY($1::uuid[])`,
      [[...attachment.lessonIds, ...observing.lessonIds, ...withAssignment.lessonIds]],
    );
    // 2 (points, finished modules) + 1 per student (the assignments requirement) + 3 (people, tracks, cohorts) + session.
    expect(count).toBeLessThanOrEqual(students + 8);
  });
});
