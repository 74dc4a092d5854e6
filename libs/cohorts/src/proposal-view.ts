import { resolveBounds } from './grouping/grouping-input';
import {
  scoreGroups,
  validateAssignment,
  type DisciplineCount,
  type GroupingBounds,
  type GroupingInput,
  type GroupingStudent,
} from './grouping';
import { CohortMode } from './entities/cohort.entity';
import {
  CohortProposalStatus,
  type CohortProposal,
  type ProposalInput,
  type ProposalPoolStudent,
} from './entities/cohort-proposal.entity';
import type { CohortPerson } from './views/cohort-person.types';
import {
  ProposalProblemReason,
  type CohortProposalView,
  type DisciplineCountView,
} from './views/cohort-proposal.types';

/**
 * The grouping needs a discipline for everyone; students without one form a discipline of
 * their own under this key (no discipline id is empty), shown as `disciplineId: null`.
 */
const NO_DISCIPLINE = '';

export function toGroupingStudents(pool: readonly ProposalPoolStudent[]): GroupingStudent[] {
  return pool.map((s) => ({
    id: s.id,
    disciplineId: s.disciplineId ?? NO_DISCIPLINE,
    organisationId: s.organisationId,
  }));
}

export function groupingBounds(bounds: ProposalInput['bounds']): GroupingBounds {
  return bounds.groupCount !== undefined
    ? { groupCount: bounds.groupCount, minSize: bounds.minSize, maxSize: bounds.maxSize }
    : { minSize: bounds.minSize!, maxSize: bounds.maxSize! };
}

/** The stored input as the grouping algorithm takes it. */
export function groupingInputOf(input: ProposalInput): GroupingInput {
  return {
    pool: toGroupingStudents(input.pool),
    bounds: groupingBounds(input.bounds),
    mode: input.mode,
    constraints: { pins: input.constraints.pins, together: input.constraints.together, apart: input.constraints.apart },
  };
}

export function disciplineCountViews(counts: readonly DisciplineCount[]): DisciplineCountView[] {
  return counts.map((c) => ({
    disciplineId: c.disciplineId === NO_DISCIPLINE ? null : c.disciplineId,
    count: c.count,
  }));
}

/** A pool's discipline mix, most frequent first (ties by id), as the group reports order theirs. */
export function poolDisciplineCounts(pool: readonly ProposalPoolStudent[]): DisciplineCountView[] {
  const counts = new Map<string, number>();
  for (const s of pool)
    counts.set(s.disciplineId ?? NO_DISCIPLINE, (counts.get(s.disciplineId ?? NO_DISCIPLINE) ?? 0) + 1);
  return disciplineCountViews(
    [...counts]
      .map(([disciplineId, count]) => ({ disciplineId, count }))
      .sort((a, b) => b.count - a.count || (a.disciplineId < b.disciplineId ? -1 : 1)),
  );
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
export const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A stored proposal with its scores recomputed (`scoreGroups`, the same arithmetic the algorithm
 * optimised) and, while it is open, the problems that keep it from being committed. `people`
 * holds names and e-mails of the pool; disciplines and organisations are those the groups were
 * scored on, from the stored pool.
 */
export function toProposalView(
  proposal: CohortProposal,
  people: ReadonlyMap<string, { name: string; email: string }>,
): CohortProposalView {
  const { input } = proposal;
  const grouping = groupingInputOf(input);
  const score = scoreGroups(grouping.pool, proposal.groups, { mode: input.mode });
  const problems =
    proposal.status === CohortProposalStatus.PROPOSED ? validateAssignment(grouping, proposal.groups) : [];
  const bounds = resolveBounds(grouping.bounds, input.pool.length);
  const poolById = new Map(input.pool.map((s) => [s.id, s]));
  const person = (id: string): CohortPerson => ({
    id,
    name: people.get(id)?.name ?? '',
    email: people.get(id)?.email ?? null,
    disciplineId: poolById.get(id)?.disciplineId ?? null,
    organisationId: poolById.get(id)?.organisationId ?? null,
  });
  return {
    id: proposal.id,
    trackId: proposal.trackId,
    status: proposal.status,
    mode: input.mode === 'IN_COMPANY' ? CohortMode.IN_COMPANY : CohortMode.OPEN,
    organisationId: input.organisationId,
    chosenPool: input.studentIds !== null,
    poolSize: input.pool.length,
    seed: input.seed,
    minSize: bounds.minSize,
    maxSize: bounds.maxSize,
    groupCount: input.bounds.groupCount ?? null,
    score: score.score,
    bound: score.bound,
    gap: score.gap,
    groups: score.groups.map((g) => ({
      index: g.index,
      size: g.size,
      distinctDisciplines: g.distinctDisciplines,
      largestDisciplineShare: g.largestDisciplineShare,
      organisationDuplicates: g.organisationDuplicates,
      score: g.score,
      disciplineCounts: disciplineCountViews(g.disciplineCounts),
      members: g.studentIds.map(person).sort(byName),
    })),
    poolDisciplineCounts: poolDisciplineCounts(input.pool),
    problems: problems.map((p) => ({
      reason: ProposalProblemReason[p.reason],
      message: p.message,
      studentIds: p.studentIds,
      groupIndex: p.groupIndex ?? null,
    })),
    pins: input.constraints.pins.map((p) => ({ studentId: p.studentId, groupIndex: p.groupIndex })),
    together: input.constraints.together.map(([a, b]) => ({ a, b })),
    apart: input.constraints.apart.map(([a, b]) => ({ a, b })),
    createdAt: proposal.createdAt,
    committedAt: proposal.committedAt,
  };
}
