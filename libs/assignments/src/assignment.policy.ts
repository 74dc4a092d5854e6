import type { EntityManager } from 'typeorm';
import { Actor, DomainError, hasRole, Role } from '@imh/common';

/** Who may do what with assignments, submissions and grades. Services call these; resolvers only authenticate. */
export class AssignmentPolicy {
  static assertSignedIn(actor: Actor | null): asserts actor is Actor {
    if (!actor) throw DomainError.unauthenticated();
  }

  /** Writing assignments and rubrics: admins. */
  static assertCanAuthor(actor: Actor | null): asserts actor is Actor {
    AssignmentPolicy.assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can write assignments.');
  }

  /** Admins and docents read every assignment (docents to grade, admins to manage). */
  static readsAllAssignments(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN) || hasRole(actor, Role.DOCENT);
  }

  /** Grading, revision requests, extensions: a docent who teaches the cohort. */
  static assertCanGrade(actor: Actor, teaches: boolean): void {
    if (!(teaches && hasRole(actor, Role.DOCENT))) {
      throw DomainError.forbidden('You do not teach the cohort of this submission.', 'NOT_YOUR_COHORT');
    }
  }

  /** Reading a submitted attempt: its author, a docent of its cohort, an admin. */
  static canReadSubmission(actor: Actor, authorId: string, teaches: boolean): boolean {
    return actor.userId === authorId || hasRole(actor, Role.ADMIN) || (teaches && hasRole(actor, Role.DOCENT));
  }

  /** Due dates and extensions: an admin, or a docent of the cohort. */
  static assertCanSchedule(actor: Actor, teaches: boolean): void {
    if (!hasRole(actor, Role.ADMIN) && !(teaches && hasRole(actor, Role.DOCENT))) {
      throw DomainError.forbidden('You do not teach this cohort.', 'NOT_YOUR_COHORT');
    }
  }
}

/** True when the user teaches the cohort (the cohort docent link). */
export async function teachesCohort(manager: EntityManager, docentId: string, cohortId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM cohort_docent WHERE cohort_id = $1 AND docent_id = $2 LIMIT 1',
    [cohortId, docentId],
  );
  return rows.length > 0;
}

/** Postgres unique violation: two writers raced for the same row. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
