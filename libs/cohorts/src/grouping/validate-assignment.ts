import { DomainError } from '@imh/common';
import { CohortRefusal } from '../cohort-refusal';
import { compareIds, indexPool, resolveBounds, resolveConstraints } from './grouping-input';
import type { AssignmentProblem, GroupingInput } from './grouping.types';

function listIds(ids: string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/**
 * Checks a split (e.g. a proposal an admin edited by hand) against the input's bounds and
 * constraints and returns every problem, so the portal can show them while the admin works; an
 * empty list means the split can be committed. The input itself must be valid: contradictory
 * bounds or constraints throw BAD_USER_INPUT as in `proposeGroups`.
 */
export function validateAssignment(input: GroupingInput, groups: readonly (readonly string[])[]): AssignmentProblem[] {
  const pool = indexPool(input.pool);
  const bounds = resolveBounds(input.bounds, pool.n);
  const constraints = resolveConstraints(pool, input.constraints, bounds.maxSize);
  const problems: AssignmentProblem[] = [];

  const groupOf = new Int32Array(pool.n).fill(-1);
  const unknown = new Set<string>();
  const twice = new Set<string>();
  groups.forEach((members, g) => {
    for (const id of members) {
      const i = pool.indexOf.get(id);
      if (i === undefined) unknown.add(id);
      else if (groupOf[i] >= 0) twice.add(id);
      else groupOf[i] = g;
    }
  });
  if (unknown.size) {
    const ids = [...unknown].sort(compareIds);
    problems.push({ reason: 'NOT_IN_POOL', message: `Not in the pool: ${listIds(ids)}.`, studentIds: ids });
  }
  if (twice.size) {
    const ids = [...twice].sort(compareIds);
    problems.push({
      reason: 'PLACED_TWICE',
      message: `Placed in more than one group: ${listIds(ids)}.`,
      studentIds: ids,
    });
  }
  const unplaced = pool.ids.filter((_, i) => groupOf[i] < 0);
  if (unplaced.length) {
    problems.push({ reason: 'NOT_PLACED', message: `Not in any group: ${listIds(unplaced)}.`, studentIds: unplaced });
  }

  if (bounds.groupCount !== undefined && groups.length !== bounds.groupCount) {
    problems.push({
      reason: 'GROUP_COUNT',
      message: `There are ${groups.length} groups instead of ${bounds.groupCount}.`,
      studentIds: [],
    });
  }
  groups.forEach((members, g) => {
    if (members.length < bounds.minSize) {
      problems.push({
        reason: 'GROUP_TOO_SMALL',
        message: `Group ${g} has ${members.length} students, fewer than the minimum (${bounds.minSize}).`,
        studentIds: [],
        groupIndex: g,
      });
    } else if (members.length > bounds.maxSize) {
      problems.push({
        reason: 'GROUP_TOO_LARGE',
        message: `Group ${g} has ${members.length} students, more than the maximum (${bounds.maxSize}).`,
        studentIds: [],
        groupIndex: g,
      });
    }
  });

  for (let i = 0; i < pool.n; i++) {
    const pin = constraints.pinOf[i];
    if (pin >= 0 && groupOf[i] >= 0 && groupOf[i] !== pin) {
      problems.push({
        reason: 'PIN_VIOLATED',
        message: `Student ${pool.ids[i]} is pinned to group ${pin} but placed in group ${groupOf[i]}.`,
        studentIds: [pool.ids[i]],
        groupIndex: pin,
      });
    }
  }
  for (const [a, b] of constraints.together) {
    if (groupOf[a] >= 0 && groupOf[b] >= 0 && groupOf[a] !== groupOf[b]) {
      problems.push({
        reason: 'TOGETHER_VIOLATED',
        message: `Students ${pool.ids[a]} and ${pool.ids[b]} must be together but are in groups ${groupOf[a]} and ${groupOf[b]}.`,
        studentIds: [pool.ids[a], pool.ids[b]],
      });
    }
  }
  for (const [a, b] of constraints.apart) {
    if (groupOf[a] >= 0 && groupOf[a] === groupOf[b]) {
      problems.push({
        reason: 'APART_VIOLATED',
        message: `Students ${pool.ids[a]} and ${pool.ids[b]} must be apart but are both in group ${groupOf[a]}.`,
        studentIds: [pool.ids[a], pool.ids[b]],
        groupIndex: groupOf[a],
      });
    }
  }
  return problems;
}

/**
 * `validateAssignment` for a commit: throws BAD_USER_INPUT listing every problem, if any, under
 * the first problem's reason with what it names (`students`, `group`, the bounds `min`/`max`).
 * The split is the stored proposal's, not an input field, so no field is named.
 */
export function assertValidAssignment(input: GroupingInput, groups: readonly (readonly string[])[]): void {
  const problems = validateAssignment(input, groups);
  if (problems.length === 0) return;
  const [first] = problems;
  const bounds = resolveBounds(input.bounds, input.pool.length);
  const message = problems.map((p) => p.message).join(' ');
  throw DomainError.badInput(message, undefined, CohortRefusal[first.reason], {
    students: first.studentIds,
    ...(first.groupIndex !== undefined ? { group: first.groupIndex } : {}),
    min: bounds.minSize,
    max: bounds.maxSize,
    problems: problems.length,
  });
}
