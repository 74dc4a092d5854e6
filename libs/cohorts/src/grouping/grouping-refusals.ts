import { DomainError } from '@imh/common';
import { CohortRefusal } from '../cohort-refusal';

/**
 * The refusals of the constraint placement (values of `CohortRefusal`). Every refusal names the
 * students it is about in `params.students` (ids, sorted), so the portal can mark their rows.
 *
 * Only proofs are reported as impossible: `CONSTRAINTS_UNSATISFIABLE` (students pairwise apart
 * who outnumber the groups, or apart students that pins and together pairs put in one group),
 * `GROUP_OVER_CAPACITY` (pins that overfill a group or leave the others too few students), and,
 * from `resolveConstraints`, `TOGETHER_TOO_LARGE`, `TOGETHER_PINNED_APART` and `TOGETHER_AND_APART`.
 * When no proof applies and the search still finds no split, the refusal is `NO_SPLIT_FOUND`.
 */
export const GroupingRefusal = {
  /** Proven impossible by apart pairs: a clique of them larger than the number of groups, or pins. */
  CONSTRAINTS_UNSATISFIABLE: CohortRefusal.CONSTRAINTS_UNSATISFIABLE,
  /** Proven impossible by pins: a group over the maximum, or the other groups below the minimum. */
  GROUP_OVER_CAPACITY: CohortRefusal.GROUP_OVER_CAPACITY,
  /** No proof of impossibility, but the search found no split within its limit (or tried them all). */
  NO_SPLIT_FOUND: CohortRefusal.NO_SPLIT_FOUND,
} as const;
export type GroupingRefusal = (typeof GroupingRefusal)[keyof typeof GroupingRefusal];

/** The student ids a grouping refusal names (from `params.students`), or [] when it names none. */
export function refusalStudentIds(error: DomainError): string[] {
  const listed = error.options.params?.students;
  return Array.isArray(listed) ? [...listed] : [];
}

/**
 * A BAD_USER_INPUT refusal: the message under each named input field (so the portal shows it by
 * the pins, together or apart lists) and the students' ids, sorted, in `params.students`.
 */
export function refusal(
  message: string,
  inputFields: readonly string[],
  reason: string,
  studentIds: readonly string[],
): DomainError {
  const fields: Record<string, string> = {};
  for (const field of inputFields) fields[field] = message;
  const ids = [...new Set(studentIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return DomainError.badInput(message, fields, reason, ids.length ? { students: ids } : undefined);
}

export function listIds(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}
