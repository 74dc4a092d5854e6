import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  type Actor,
  assertSignedIn,
  ContextAccess,
  DomainError,
  hasRole,
  type PermissionRule,
  Role,
} from '@imh/common';
import { CohortRefusal } from './cohort-refusal';

/** What an actor may do with cohorts and proposals; the ids are cohort ids unless said otherwise. */
export enum CohortPermission {
  /** See a cohort, its people and its schedule: admins every one, docents those they teach, students their own. */
  COHORT_VIEW = 'COHORT_VIEW',
  /** Teach a cohort: a docent among its docents (not an admin by role alone). */
  COHORT_TEACH = 'COHORT_TEACH',
  /** Edit a cohort, its docents, students and meetings: admins. */
  COHORT_MANAGE = 'COHORT_MANAGE',
  /** Change or remove a meeting (ids are meeting ids): admins. */
  MEETING_MANAGE = 'MEETING_MANAGE',
  /** Read, move students in, commit or discard a proposal (ids are proposal ids): admins. */
  PROPOSAL_MANAGE = 'PROPOSAL_MANAGE',
}

/** How the viewer relates to a cohort, strongest first; it decides what they may see of its people. */
export enum CohortRelation {
  ADMIN = 'ADMIN',
  DOCENT = 'DOCENT',
  STUDENT = 'STUDENT',
}

const MANAGE_REFUSAL = 'Only admins can form and edit cohorts.';

/**
 * The one place that knows who teaches and who follows which cohort. Services, resolver fields
 * and other contexts ask it "may this actor do `permission` to these cohorts", answered for the
 * whole set in one query; nothing else reads `cohort_docent` or `cohort_member` to decide access.
 *
 * A link without the role grants nothing: a docent who lost the DOCENT role no longer sees the
 * cohorts they taught, and an admin who teaches a cohort relates to it as an admin.
 */
@Injectable()
export class CohortAccess extends ContextAccess<CohortPermission> {
  protected readonly rules: Readonly<Record<CohortPermission, PermissionRule>> = {
    [CohortPermission.COHORT_VIEW]: {
      deny: 'FORBIDDEN',
      message: 'You do not teach or follow this cohort.',
      reason: CohortRefusal.NOT_IN_COHORT,
    },
    [CohortPermission.COHORT_TEACH]: {
      deny: 'FORBIDDEN',
      message: 'You do not teach this cohort.',
      reason: CohortRefusal.NOT_TEACHING_COHORT,
    },
    [CohortPermission.COHORT_MANAGE]: {
      deny: 'FORBIDDEN',
      message: MANAGE_REFUSAL,
      reason: CohortRefusal.COHORTS_ADMIN_ONLY,
    },
    [CohortPermission.MEETING_MANAGE]: {
      deny: 'FORBIDDEN',
      message: MANAGE_REFUSAL,
      reason: CohortRefusal.COHORTS_ADMIN_ONLY,
    },
    [CohortPermission.PROPOSAL_MANAGE]: {
      deny: 'FORBIDDEN',
      message: MANAGE_REFUSAL,
      reason: CohortRefusal.COHORTS_ADMIN_ONLY,
    },
  };

  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /**
   * Forming cohorts at all (the list of every cohort, a track's pool, a proposal, a cohort made by
   * hand): admins. For things that have no id yet; per cohort or proposal, ask `require`.
   */
  requireManager(actor: Actor | null | undefined): asserts actor is Actor {
    assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden(MANAGE_REFUSAL, CohortRefusal.COHORTS_ADMIN_ONLY);
  }

  /**
   * The viewer's relation to each of `cohortIds` they may see (absent: not theirs to see). One
   * query, none for admins. Ids that do not exist are simply absent for non-admins; an admin's
   * answer names every id given, so the caller's own read decides what exists.
   */
  async relations(
    actor: Actor | null,
    cohortIds: Iterable<string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, CohortRelation>> {
    const ids = [...new Set(cohortIds)];
    const result = new Map<string, CohortRelation>();
    if (!actor || !ids.length) return result;
    if (hasRole(actor, Role.ADMIN)) {
      for (const id of ids) result.set(id, CohortRelation.ADMIN);
      return result;
    }
    const links = await this.links(actor, ids, manager);
    for (const [id, link] of links) {
      if (link.teaches) result.set(id, CohortRelation.DOCENT);
      else if (link.follows) result.set(id, CohortRelation.STUDENT);
    }
    return result;
  }

  /**
   * Narrows a query over cohorts (under `alias`) to those the actor teaches (as a docent) or
   * follows (as a student), so a list decides visibility in its own single query.
   */
  whereRelated<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, actor: Actor): SelectQueryBuilder<T> {
    const teaches = hasRole(actor, Role.DOCENT);
    const follows = hasRole(actor, Role.STUDENT);
    return qb.andWhere(
      `((:teaches AND EXISTS (SELECT 1 FROM cohort_docent d WHERE d.cohort_id = ${alias}.id AND d.docent_id = :accessUserId))
        OR (:follows AND EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = ${alias}.id AND m.student_id = :accessUserId)))`,
      { teaches, follows, accessUserId: actor.userId },
    );
  }

  /**
   * Admins and the cohort's docents see its people in full (e-mail, organisation); students see
   * their peers' and docents' names and disciplines only.
   */
  static seesContactDetails(relation: CohortRelation): boolean {
    return relation !== CohortRelation.STUDENT;
  }

  protected async allowed(
    actor: Actor,
    permission: CohortPermission,
    ids: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    switch (permission) {
      case CohortPermission.COHORT_MANAGE:
      case CohortPermission.MEETING_MANAGE:
      case CohortPermission.PROPOSAL_MANAGE:
        // A role, not a link: no query. Whether the thing exists is the caller's read.
        return new Set(hasRole(actor, Role.ADMIN) ? ids : []);
      case CohortPermission.COHORT_VIEW:
        return new Set((await this.relations(actor, ids, manager)).keys());
      case CohortPermission.COHORT_TEACH: {
        if (!hasRole(actor, Role.DOCENT)) return new Set();
        const links = await this.links({ ...actor, roles: [Role.DOCENT] }, ids, manager);
        return new Set([...links].filter(([, link]) => link.teaches).map(([id]) => id));
      }
    }
  }

  /** Whether the actor teaches (with the DOCENT role) or follows (with STUDENT) each cohort; one query. */
  private async links(
    actor: Actor,
    cohortIds: string[],
    manager: EntityManager,
  ): Promise<Map<string, { teaches: boolean; follows: boolean }>> {
    const result = new Map<string, { teaches: boolean; follows: boolean }>();
    const teaches = hasRole(actor, Role.DOCENT);
    const follows = hasRole(actor, Role.STUDENT);
    // Anything that is not an id cannot be a cohort; it must not reach the uuid cast either.
    const ids = cohortIds.filter((id) => isUUID(id));
    if ((!teaches && !follows) || !ids.length) return result;
    const rows: { cohortId: string; link: 'TEACHES' | 'FOLLOWS' }[] = await manager.query(
      `SELECT cohort_id AS "cohortId", 'TEACHES' AS link FROM cohort_docent
        WHERE $3 AND docent_id = $1 AND cohort_id = ANY($2::uuid[])
       UNION ALL
       SELECT cohort_id, 'FOLLOWS' FROM cohort_member
        WHERE $4 AND student_id = $1 AND cohort_id = ANY($2::uuid[])`,
      [actor.userId, ids, teaches, follows],
    );
    for (const row of rows) {
      const link = result.get(row.cohortId) ?? { teaches: false, follows: false };
      if (row.link === 'TEACHES') link.teaches = true;
      else link.follows = true;
      result.set(row.cohortId, link);
    }
    return result;
  }
}

/**
 * For worker jobs that tell a cohort's people something (a meeting tomorrow): per cohort, its
 * active students (with the STUDENT role) and docents (with the DOCENT role), as COHORT_VIEW
 * counts them. One query.
 */
export async function cohortAudience(
  manager: EntityManager,
  cohortIds: string[],
): Promise<Map<string, { students: string[]; docents: string[] }>> {
  const ids = cohortIds.filter((id) => isUUID(id));
  const audience = new Map<string, { students: string[]; docents: string[] }>();
  if (!ids.length) return audience;
  const rows: { cohort_id: string; user_id: string; link: 'TEACHES' | 'FOLLOWS' }[] = await manager.query(
    `SELECT cd.cohort_id, cd.docent_id AS user_id, 'TEACHES' AS link FROM cohort_docent cd
       JOIN "user" u ON u.id = cd.docent_id AND u.status = 'ACTIVE' AND 'DOCENT' = ANY(u.roles)
      WHERE cd.cohort_id = ANY($1::uuid[])
     UNION ALL
     SELECT cm.cohort_id, cm.student_id, 'FOLLOWS' FROM cohort_member cm
       JOIN "user" u ON u.id = cm.student_id AND u.status = 'ACTIVE' AND 'STUDENT' = ANY(u.roles)
      WHERE cm.cohort_id = ANY($1::uuid[])
     ORDER BY 1, 2`,
    [ids],
  );
  for (const row of rows) {
    const people = audience.get(row.cohort_id) ?? { students: [], docents: [] };
    (row.link === 'TEACHES' ? people.docents : people.students).push(row.user_id);
    audience.set(row.cohort_id, people);
  }
  return audience;
}
