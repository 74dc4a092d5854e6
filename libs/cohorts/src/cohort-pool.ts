import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { Enrollment, EnrollmentStatus } from '@imh/catalogue';
import { DomainError } from '@imh/common';
import { User, UserStatus } from '@imh/identity';
import { CohortRefusal } from './cohort-refusal';
import type { IdAt } from './cohort-writes';
import { CohortMember } from './entities/cohort-member.entity';
import type { ProposalPoolStudent } from './entities/cohort-proposal.entity';

/** Which students a pool is drawn from. */
export interface PoolScope {
  trackId: string;
  /** A chosen list, or null for every eligible student of the track. */
  studentIds: readonly string[] | null;
  /** In-company: only this organisation's students. */
  organisationId: string | null;
}

/**
 * A student is in a track's pool while they are actively enrolled in it, not deactivated, and
 * in no cohort of that track. One query, whatever the pool size.
 */
export async function loadPool(manager: EntityManager, scope: PoolScope): Promise<ProposalPoolStudent[]> {
  const qb = manager
    .createQueryBuilder(Enrollment, 'e')
    .innerJoin('e.student', 'u')
    .select('u.id', 'id')
    .addSelect('u.disciplineId', 'disciplineId')
    .addSelect('u.organisationId', 'organisationId')
    .where('e.trackId = :trackId', { trackId: scope.trackId })
    .andWhere('e.status = :active', { active: EnrollmentStatus.ACTIVE })
    .andWhere('u.status <> :deactivated', { deactivated: UserStatus.DEACTIVATED });
  qb.andWhere(
    `NOT EXISTS ${qb
      .subQuery()
      .select('1')
      .from(CohortMember, 'placed')
      .where('placed.studentId = e.studentId AND placed.trackId = e.trackId')
      .getQuery()}`,
  );
  if (scope.studentIds) qb.andWhere('e.studentId = ANY(CAST(:studentIds AS uuid[]))', { studentIds: scope.studentIds });
  if (scope.organisationId) qb.andWhere('u.organisationId = :organisationId', { organisationId: scope.organisationId });
  return qb.orderBy('u.id').getRawMany<ProposalPoolStudent>();
}

/** Who is in the pool, as a hash: it changes when anyone enrols, withdraws or is placed elsewhere. */
export function poolFingerprint(studentIds: readonly string[]): string {
  return createHash('sha256')
    .update([...studentIds].sort().join(','), 'utf8')
    .digest('hex');
}

function listIds(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/**
 * Throws BAD_USER_INPUT naming the chosen students that are not in the pool (`params.students`,
 * and each under the path it was sent at), and why: this asks only when some are missing, so its
 * extra queries cost nothing on the happy path.
 */
export async function assertAllInPool(
  manager: EntityManager,
  scope: PoolScope,
  given: readonly IdAt[],
  pool: readonly ProposalPoolStudent[],
): Promise<void> {
  const found = new Set(pool.map((s) => s.id));
  const missing = [...new Set(given.map((g) => g.id).filter((id) => !found.has(id)))].sort();
  if (!missing.length) return;
  const users = await manager.find(User, {
    where: { id: In(missing) },
    select: { id: true, status: true, organisationId: true },
  });
  const enrolments = await manager.find(Enrollment, {
    where: { studentId: In(missing), trackId: scope.trackId, status: EnrollmentStatus.ACTIVE },
    select: { studentId: true },
  });
  const placements = await manager.find(CohortMember, {
    where: { studentId: In(missing), trackId: scope.trackId },
    select: { studentId: true },
  });
  const active = new Set(users.filter((u) => u.status !== UserStatus.DEACTIVATED).map((u) => u.id));
  const enrolled = new Set(enrolments.map((e) => e.studentId).filter((id) => active.has(id)));
  const placed = new Set(placements.map((p) => p.studentId));
  const why = (id: string) => {
    if (!enrolled.has(id)) return 'not actively enrolled in this track';
    if (placed.has(id)) return 'already in a cohort of this track';
    return 'not of the in-company organisation';
  };
  const message =
    missing.length === 1
      ? `Student ${missing[0]} is not in the pool (${why(missing[0])}).`
      : `Students ${listIds(missing)} are not in the pool (${missing
          .slice(0, 5)
          .map((id) => `${id}: ${why(id)}`)
          .join('; ')}).`;
  const fields = Object.fromEntries(given.filter((g) => !found.has(g.id)).map((g) => [g.path, message]));
  throw DomainError.badInput(message, fields, CohortRefusal.NOT_IN_POOL, { students: missing });
}
