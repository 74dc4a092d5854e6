// The admin's eligibility overview and the registers' export (SKJ CSV and PE-online list) run the
// same number of SQL statements for a few students as for many: everything is loaded per set of
// students, including the module completion rule's requirements (passed assignments).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { createDiscipline, createUser } from '../support/factories';
import type { GqlClient, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { createModule, enrol, markDone, resetTrack, type ModuleFixture } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { CREATE_ASSIGNMENT, observationReport } from '../assignments/assignment-fixtures';
import { ELIGIBILITY, signedInAdmin } from './certification-fixtures';

const EXPORT = `query Export($input: AccreditationExportInput!) {
  accreditationExport(input: $input) {
    rowCount csv
    editions { cohortId numbers count }
    missing { studentId modules points }
  }
}`;
const SET_POINTS = `mutation SetPoints($input: SetModuleRegisterPointsInput!) { setModuleRegisterPoints(input: $input) { register points } }`;

const SMALL = 3;
const LARGE = 12;

let app: TestApp;
let admin: GqlClient;
let track: string;
let lessonsOnly: ModuleFixture;
let withAssignment: ModuleFixture;
let discipline: string;
const cohorts: Record<'small' | 'large', string> = { small: '', large: '' };

/**
 * `count` students in a cohort of the track, who did every lesson on `on` (the assignment is not
 * passed, so one module is complete and one is not); all but the first have an SKJ number.
 */
async function group(count: number, on: string): Promise<string> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const student = await createUser({ disciplineId: discipline });
    await enrol(student.user.id, track);
    await markDone(student.user.id, [...lessonsOnly.lessonIds, ...withAssignment.lessonIds]);
    await sql(`UPDATE lesson_progress SET completed_at = $2::timestamptz WHERE student_id = $1`, [
      student.user.id,
      `${on}T12:00:00Z`,
    ]);
    if (i > 0) {
      await sql(`INSERT INTO registration (student_id, register, number) VALUES ($1, 'SKJ', $2)`, [
        student.user.id,
        String(100000000 + ids.length + count * 100),
      ]);
    }
    ids.push(student.user.id);
  }
  return insertCohort(track, { studentIds: ids });
}

async function statements(query: string, variables: Record<string, unknown>) {
  // Once before counting: the session's last-seen touch must not land in the count.
  expect((await admin.gql(query, variables)).errors).toBeUndefined();
  const { result, count, queries } = await app.sql.count(() => admin.gql(query, variables));
  expect(result.errors).toBeUndefined();
  return { data: result.data!, count, queries };
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app);
  track = await resetTrack('GENERALIST');
  lessonsOnly = await createModule(track, { title: 'Wijkgericht werken', lessons: 2 });
  withAssignment = await createModule(track, { title: 'Casuïstiek', lessons: 1 });
  expect((await admin.gql(CREATE_ASSIGNMENT, { input: observationReport(withAssignment.id) })).errors).toBeUndefined();
  for (const module of [lessonsOnly, withAssignment]) {
    const res = await admin.gql(SET_POINTS, {
      input: { moduleId: module.id, points: [{ register: 'SKJ', points: 3 }] },
    });
    expect(res.errors).toBeUndefined();
  }
  discipline = (await createDiscipline()).id;
  await sql(`INSERT INTO discipline_register (discipline_id, register) VALUES ($1, 'SKJ')`, [discipline]);
  cohorts.small = await group(SMALL, '2026-03-10');
  cohorts.large = await group(LARGE, '2026-05-12');
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('SQL statements do not grow with the number of students', () => {
  it(`eligibility overview of a cohort: the same for ${SMALL} and ${LARGE} students`, async () => {
    const small = await statements(ELIGIBILITY, { cohortId: cohorts.small });
    const large = await statements(ELIGIBILITY, { cohortId: cohorts.large });
    expect(small.data.certificateEligibility.items).toHaveLength(SMALL);
    expect(large.data.certificateEligibility.items).toHaveLength(LARGE);
    // What each student misses is still their own: the assignment, and the core not certified.
    for (const item of large.data.certificateEligibility.items) {
      expect(item).toMatchObject({ eligible: false, missingModules: ['Casuïstiek'], requiredTrack: 'IMH-kerncursus' });
      expect(item.unmetRequirements).toHaveLength(1);
    }
    expect(large.count, large.queries.join('\n')).toBe(small.count);
  });

  it(`SKJ export (CSV and PE-online list): the same for ${SMALL} and ${SMALL + LARGE} students`, async () => {
    const small = await statements(EXPORT, { input: { register: 'SKJ', from: '2026-03-01', to: '2026-03-31' } });
    const large = await statements(EXPORT, { input: { register: 'SKJ', from: '2026-03-01', to: '2026-05-31' } });
    // Only the module without an assignment is complete: one row per student with a number.
    expect(small.data.accreditationExport).toMatchObject({ rowCount: SMALL - 1 });
    expect(small.data.accreditationExport.missing).toHaveLength(1);
    expect(large.data.accreditationExport).toMatchObject({ rowCount: SMALL - 1 + LARGE - 1 });
    expect(large.data.accreditationExport.missing).toHaveLength(2);
    expect(large.data.accreditationExport.missing[0]).toMatchObject({ modules: ['Wijkgericht werken'], points: 3 });
    expect(
      large.data.accreditationExport.editions.map((e: { cohortId: string; count: number }) => [e.cohortId, e.count]),
    ).toEqual(
      expect.arrayContaining([
        [cohorts.small, SMALL - 1],
        [cohorts.large, LARGE - 1],
      ]),
    );
    expect(large.count, large.queries.join('\n')).toBe(small.count);
  });
});
