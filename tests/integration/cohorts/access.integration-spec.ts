// The cohorts' access layer against the real database: who relates to which cohort, decided for a
// whole set of cohorts in one statement, with a link granting nothing without its role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CohortAccess, CohortPermission, CohortRefusal, CohortRelation } from '@imh/cohorts';
import { Role, type Actor } from '@imh/common';
import { createUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { createDocent, createPool, ensureTrack, ids, insertCohort } from './cohort-fixtures';

let app: TestApp;
let access: CohortAccess;
let core: string;

beforeAll(async () => {
  app = await startTestApp();
  access = app.api.get(CohortAccess);
  core = await ensureTrack('CORE');
});
afterAll(async () => {
  await app?.close();
});

const as = (userId: string, ...roles: Role[]): Actor => ({ userId, roles });
const MISSING = '00000000-0000-4000-8000-000000000000';

describe(CohortAccess.name, () => {
  it('relates a viewer to each cohort by role and by what they do in it, strongest first, in one query', async () => {
    const pool = await createPool(core, { students: 4, disciplines: 2, organisations: 0 });
    // Someone who teaches one cohort and follows another (a docent who is also a student).
    const both = await createUser({ roles: [Role.DOCENT, Role.STUDENT] });
    const other = await createDocent();
    const teaches = await insertCohort(core, { studentIds: ids(pool.slice(0, 2)), docentIds: [both.user.id] });
    const follows = await insertCohort(core, { studentIds: [both.user.id], docentIds: [other.user.id] });
    const unrelated = await insertCohort(core, { studentIds: ids(pool.slice(2)), docentIds: [other.user.id] });

    const { result, count } = await app.sql.count(() =>
      access.relations(as(both.user.id, Role.DOCENT, Role.STUDENT), [teaches, follows, unrelated, MISSING]),
    );
    expect(Object.fromEntries(result)).toEqual({ [teaches]: CohortRelation.DOCENT, [follows]: CohortRelation.STUDENT });
    expect(count).toBe(1);

    // A link without the role grants nothing: the same person with only one of their roles.
    expect(Object.fromEntries(await access.relations(as(both.user.id, Role.STUDENT), [teaches, follows]))).toEqual({
      [follows]: CohortRelation.STUDENT,
    });
    expect(Object.fromEntries(await access.relations(as(both.user.id, Role.DOCENT), [teaches, follows]))).toEqual({
      [teaches]: CohortRelation.DOCENT,
    });
    // Teaching is the docent link only, whatever else the actor may see.
    const allowed = await access.check({
      actor: as(both.user.id, Role.DOCENT, Role.STUDENT),
      permission: CohortPermission.COHORT_TEACH,
      ids: [teaches, follows, unrelated],
    });
    expect([...allowed]).toEqual([teaches]);
    // An admin relates to every cohort as an admin.
    expect(Object.fromEntries(await access.relations(as(both.user.id, Role.ADMIN, Role.DOCENT), [unrelated]))).toEqual({
      [unrelated]: CohortRelation.ADMIN,
    });
  });

  it('answers a page of cohorts with the same single query as one cohort', async () => {
    const docent = await createDocent();
    const cohorts: string[] = [];
    for (let i = 0; i < 24; i++) cohorts.push(await insertCohort(core, { docentIds: i % 2 ? [docent.user.id] : [] }));
    const one = await app.sql.count(() => access.relations(as(docent.user.id, Role.DOCENT), cohorts.slice(1, 2)));
    const page = await app.sql.count(() => access.relations(as(docent.user.id, Role.DOCENT), cohorts));
    expect(one.count).toBe(1);
    expect(page.count).toBe(1);
    expect(page.result.size).toBe(12);
  });

  it('refuses outsiders with FORBIDDEN and the reason, and teaching to non-docents of the cohort', async () => {
    const [student] = await createPool(core, { students: 1, disciplines: 1, organisations: 0 });
    const docent = await createDocent();
    const cohort = await insertCohort(core, { docentIds: [docent.user.id] });
    await expect(
      access.require({
        actor: as(student.user.id, Role.STUDENT),
        permission: CohortPermission.COHORT_VIEW,
        ids: [cohort],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', options: { reason: CohortRefusal.NOT_IN_COHORT } });
    await expect(
      access.require({
        actor: as(student.user.id, Role.DOCENT),
        permission: CohortPermission.COHORT_TEACH,
        ids: [cohort],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', options: { reason: CohortRefusal.NOT_TEACHING_COHORT } });
    await expect(
      access.require({
        actor: as(docent.user.id, Role.DOCENT),
        permission: CohortPermission.COHORT_TEACH,
        ids: [cohort],
      }),
    ).resolves.toBeUndefined();
  });
});
