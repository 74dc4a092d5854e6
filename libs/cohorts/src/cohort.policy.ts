import { Actor, DomainError, Role, hasRole } from '@imh/common';

/** How the viewer relates to a cohort; it decides what they may see of its people. */
export enum CohortRelation {
  ADMIN = 'ADMIN',
  DOCENT = 'DOCENT',
  STUDENT = 'STUDENT',
}

/** Who may do what with cohorts. The services call these; resolvers only authenticate. */
export class CohortPolicy {
  static assertSignedIn(actor: Actor | null): asserts actor is Actor {
    if (!actor) throw DomainError.unauthenticated();
  }

  /** Forming groups, committing them and editing cohorts: admins only. */
  static assertCanManage(actor: Actor | null): asserts actor is Actor {
    CohortPolicy.assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can form and edit cohorts.');
  }

  /**
   * The viewer's relation to one cohort, strongest first: an admin sees every cohort, a docent
   * the cohorts they teach, a student the cohorts they are in. Null: not theirs to see.
   */
  static relation(actor: Actor | null, teaches: boolean, member: boolean): CohortRelation | null {
    if (hasRole(actor, Role.ADMIN)) return CohortRelation.ADMIN;
    if (teaches && hasRole(actor, Role.DOCENT)) return CohortRelation.DOCENT;
    if (member && hasRole(actor, Role.STUDENT)) return CohortRelation.STUDENT;
    return null;
  }

  static assertCanView(actor: Actor | null, teaches: boolean, member: boolean): CohortRelation {
    CohortPolicy.assertSignedIn(actor);
    const relation = CohortPolicy.relation(actor, teaches, member);
    if (!relation) throw DomainError.forbidden('You do not teach or follow this cohort.', 'NOT_IN_COHORT');
    return relation;
  }

  /**
   * Admins and the cohort's docents see its people in full (e-mail, organisation); students
   * see their peers' and docents' names and disciplines only.
   */
  static seesContactDetails(relation: CohortRelation): boolean {
    return relation !== CohortRelation.STUDENT;
  }
}
