import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode, Role, type Actor } from '@imh/common';
import { CohortAccess, CohortPermission, CohortRelation } from './cohort.access';
import { CohortRefusal } from './cohort-refusal';

const actor = (...roles: Role[]): Actor => ({ userId: '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10', roles });
const COHORT = '9a1d7c55-0b8e-4f6a-8c3d-2e5f1a7b9c04';

/** A data source that fails the test if anything is asked of the database. */
function noDatabase(): { dataSource: DataSource; queries: string[] } {
  const queries: string[] = [];
  const manager = {
    query: (sql: string) => {
      queries.push(sql);
      return Promise.resolve([]);
    },
  };
  return { dataSource: { manager } as unknown as DataSource, queries };
}

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
}

describe(CohortAccess.name, () => {
  it('lets only admins form and edit cohorts', () => {
    const sut = new CohortAccess(noDatabase().dataSource);
    expect(codeOf(() => sut.requireManager(null))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(() => sut.requireManager(actor(Role.DOCENT)))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => sut.requireManager(actor(Role.STUDENT, Role.CONFIDANT)))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => sut.requireManager(actor(Role.ADMIN)))).toBeUndefined();
  });

  it('answers admins and role-only permissions without asking the database', async () => {
    const { dataSource, queries } = noDatabase();
    const sut = new CohortAccess(dataSource);
    const relations = await sut.relations(actor(Role.ADMIN), [COHORT, COHORT]);
    expect([...relations]).toEqual([[COHORT, CohortRelation.ADMIN]]);
    await sut.require({ actor: actor(Role.ADMIN), permission: CohortPermission.COHORT_MANAGE, ids: [COHORT] });
    await expect(
      sut.require({ actor: actor(Role.DOCENT), permission: CohortPermission.MEETING_MANAGE, ids: [COHORT] }),
    ).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, options: { reason: CohortRefusal.COHORTS_ADMIN_ONLY } });
    // Neither role that links people to cohorts: nothing to look up.
    expect((await sut.relations(actor(Role.CONFIDANT), [COHORT])).size).toBe(0);
    expect(await sut.can({ actor: actor(Role.ADMIN), permission: CohortPermission.COHORT_TEACH, ids: [COHORT] })).toBe(
      false,
    );
    expect(queries).toEqual([]);
  });

  it('refuses signed-out readers before any query, and never sends something that is not an id', async () => {
    const { dataSource, queries } = noDatabase();
    const sut = new CohortAccess(dataSource);
    await expect(
      sut.require({ actor: null, permission: CohortPermission.COHORT_VIEW, ids: [COHORT] }),
    ).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    await expect(
      sut.require({ actor: actor(Role.STUDENT), permission: CohortPermission.COHORT_VIEW, ids: ["x' OR 1=1 --"] }),
    ).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, options: { reason: CohortRefusal.NOT_IN_COHORT } });
    expect(queries).toEqual([]);
  });

  it('shows contact details to all but fellow students', () => {
    expect(CohortAccess.seesContactDetails(CohortRelation.ADMIN)).toBe(true);
    expect(CohortAccess.seesContactDetails(CohortRelation.DOCENT)).toBe(true);
    expect(CohortAccess.seesContactDetails(CohortRelation.STUDENT)).toBe(false);
  });
});
