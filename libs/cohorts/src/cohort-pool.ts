import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@imh/common';
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
  return manager.query(
    `SELECT u.id, u.discipline_id AS "disciplineId", u.organisation_id AS "organisationId"
       FROM enrollment e
       JOIN "user" u ON u.id = e.student_id
      WHERE e.track_id = $1 AND e.status = 'ACTIVE' AND u.status <> 'DEACTIVATED'
        AND NOT EXISTS (SELECT 1 FROM cohort_member m WHERE m.student_id = e.student_id AND m.track_id = e.track_id)
        AND ($2::uuid[] IS NULL OR e.student_id = ANY($2::uuid[]))
        AND ($3::uuid IS NULL OR u.organisation_id = $3::uuid)
      ORDER BY u.id`,
    [scope.trackId, scope.studentIds ? [...scope.studentIds] : null, scope.organisationId],
  );
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
 * Throws BAD_USER_INPUT naming the chosen students that are not in the pool, and why: this
 * runs only when some are missing, so its extra query costs nothing on the happy path.
 */
export async function assertAllInPool(
  manager: EntityManager,
  scope: PoolScope & { studentIds: readonly string[] },
  pool: readonly ProposalPoolStudent[],
): Promise<void> {
  const found = new Set(pool.map((s) => s.id));
  const missing = [...new Set(scope.studentIds.filter((id) => !found.has(id)))].sort();
  if (!missing.length) return;
  const rows: { id: string; enrolled: boolean; placed: boolean; organisationId: string | null }[] = await manager.query(
    `SELECT u.id,
              EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = u.id AND e.track_id = $2 AND e.status = 'ACTIVE'
                        AND u.status <> 'DEACTIVATED') AS enrolled,
              EXISTS (SELECT 1 FROM cohort_member m WHERE m.student_id = u.id AND m.track_id = $2) AS placed,
              u.organisation_id AS "organisationId"
         FROM "user" u WHERE u.id = ANY($1::uuid[])`,
    [missing, scope.trackId],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const why = (id: string) => {
    const row = byId.get(id);
    if (!row || !row.enrolled) return 'not actively enrolled in this track';
    if (row.placed) return 'already in a cohort of this track';
    return 'not of the in-company organisation';
  };
  const message =
    missing.length === 1
      ? `Student ${missing[0]} is not in the pool (${why(missing[0])}).`
      : `Students ${listIds(missing)} are not in the pool (${missing
          .slice(0, 5)
          .map((id) => `${id}: ${why(id)}`)
          .join('; ')}).`;
  throw DomainError.badInput(message, { studentIds: message }, 'NOT_IN_POOL');
}
