import type { EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import type { Actor } from '@imh/common';

/** The status of a student's latest handed-in attempt at an assignment (SQL, null when none). */
const latestHandedInStatus = (assignmentId: string, studentId: string) =>
  `(SELECT l.status FROM submission l
     WHERE l.assignment_id = ${assignmentId} AND l.student_id = ${studentId} AND l.status <> 'DRAFT'
     ORDER BY l.attempt DESC LIMIT 1)`;

/**
 * The anonymity rule, stated once (SQL over the given expressions): while an assignment is
 * graded anonymously, nothing of a student's attempts at it may name them until their latest
 * handed-in attempt is graded (its grade released). It holds for every attempt of the student,
 * earlier ones included, so a released earlier grade never names the author of a pending one.
 */
export const authorHidden = (anonymousGrading: string, assignmentId: string, studentId: string) =>
  `(${anonymousGrading} AND ${latestHandedInStatus(assignmentId, studentId)} IS DISTINCT FROM 'GRADED')`;

/** The attempts among `ids` whose author the actor may not see (their author always sees them). One statement. */
export async function anonymisedSubmissionIds(
  manager: EntityManager,
  actor: Actor,
  ids: readonly string[],
): Promise<Set<string>> {
  const valid = ids.filter((id) => isUUID(id));
  if (!valid.length) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT s.id FROM submission s JOIN assignment a ON a.id = s.assignment_id
      WHERE s.id = ANY($1::uuid[]) AND s.student_id <> $2
        AND ${authorHidden('a.anonymous_grading', 's.assignment_id', 's.student_id')}`,
    [valid, actor.userId],
  );
  return new Set(rows.map((r) => r.id));
}

/** What an anonymised attempt's file is called instead of the name its author gave it. */
export function neutralFileName(originalName: string, position: number): string {
  const dot = originalName.lastIndexOf('.');
  const extension = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : '';
  return `bestand-${position + 1}${extension ? `.${extension}` : ''}`;
}
