import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode, Role, type Actor } from '@imh/common';
import { CohortPolicy, CohortRelation } from './cohort.policy';

const actor = (...roles: Role[]): Actor => ({ userId: 'u1', roles });

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
}

describe(CohortPolicy.name, () => {
  it('lets only admins form and edit cohorts', () => {
    expect(codeOf(() => CohortPolicy.assertCanManage(null))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(() => CohortPolicy.assertCanManage(actor(Role.DOCENT)))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => CohortPolicy.assertCanManage(actor(Role.STUDENT, Role.CONFIDANT)))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => CohortPolicy.assertCanManage(actor(Role.ADMIN)))).toBeUndefined();
  });

  it('relates a viewer to a cohort by role and by what they do in it, strongest first', () => {
    expect(CohortPolicy.relation(actor(Role.ADMIN), false, false)).toBe(CohortRelation.ADMIN);
    expect(CohortPolicy.relation(actor(Role.DOCENT, Role.STUDENT), true, true)).toBe(CohortRelation.DOCENT);
    expect(CohortPolicy.relation(actor(Role.DOCENT), false, false)).toBeNull();
    expect(CohortPolicy.relation(actor(Role.STUDENT), false, true)).toBe(CohortRelation.STUDENT);
    // A link without the role (a docent who lost the role) grants nothing.
    expect(CohortPolicy.relation(actor(Role.STUDENT), true, false)).toBeNull();
    expect(CohortPolicy.relation(null, true, true)).toBeNull();
  });

  it('refuses outsiders with FORBIDDEN and shows contact details to all but fellow students', () => {
    expect(codeOf(() => CohortPolicy.assertCanView(actor(Role.STUDENT), false, false))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => CohortPolicy.assertCanView(null, true, true))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(CohortPolicy.seesContactDetails(CohortRelation.ADMIN)).toBe(true);
    expect(CohortPolicy.seesContactDetails(CohortRelation.DOCENT)).toBe(true);
    expect(CohortPolicy.seesContactDetails(CohortRelation.STUDENT)).toBe(false);
  });
});
