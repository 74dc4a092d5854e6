/**
 * Plain-data contract of the grouping algorithm. A service loads the pool (students enrolled in
 * a track without a cohort, or a chosen list) and the admin's constraints, calls
 * `proposeGroups`, and stores or shows the result; nothing here touches a database or a clock.
 */

/** `IN_COMPANY` cohorts belong to one organisation, so colleagues are not spread over groups. */
export type GroupingMode = 'OPEN' | 'IN_COMPANY';

export interface GroupingStudent {
  readonly id: string;
  readonly disciplineId: string;
  /** The employer, or null for students who enrol on their own. */
  readonly organisationId: string | null;
}

/** Groups of `minSize`..`maxSize` students; the algorithm chooses how many groups. */
export interface SizeBounds {
  readonly minSize: number;
  readonly maxSize: number;
  readonly groupCount?: undefined;
}

/** Exactly `groupCount` groups, optionally with size limits (default 1..pool size). */
export interface CountBounds {
  readonly groupCount: number;
  readonly minSize?: number;
  readonly maxSize?: number;
}

export type GroupingBounds = SizeBounds | CountBounds;

/** Puts a student in the group with this 0-based index. */
export interface GroupPin {
  readonly studentId: string;
  readonly groupIndex: number;
}

/** Two student ids. */
export type StudentPair = readonly [string, string];

export interface GroupingConstraints {
  readonly pins?: readonly GroupPin[];
  /** Pairs that share a group. Transitive: a–b and b–c puts a, b and c together. */
  readonly together?: readonly StudentPair[];
  /** Pairs that must be in different groups. */
  readonly apart?: readonly StudentPair[];
}

export interface GroupingInput {
  readonly pool: readonly GroupingStudent[];
  readonly bounds: GroupingBounds;
  readonly mode: GroupingMode;
  readonly constraints?: GroupingConstraints;
}

export interface GroupingOptions {
  /** Same input and seed give the same proposal, whatever the order of the input arrays. */
  readonly seed: number;
  /** Local-search passes over the students (default 12); fewer is faster and coarser. */
  readonly maxPasses?: number;
}

export interface DisciplineCount {
  readonly disciplineId: string;
  readonly count: number;
}

export interface GroupReport {
  readonly index: number;
  /** Sorted by id. */
  readonly studentIds: string[];
  readonly size: number;
  readonly distinctDisciplines: number;
  /** Count of the most frequent discipline divided by the group size (0 for an empty group). */
  readonly largestDisciplineShare: number;
  /** Students who share their organisation with at least one other student in this group. */
  readonly organisationDuplicates: number;
  /** See `scoreGroups` for the definition; 100 is a group that mirrors the pool exactly. */
  readonly score: number;
  /** The discipline mix, most frequent first, for the portal's chart. */
  readonly disciplineCounts: DisciplineCount[];
}

export interface GroupingScore {
  readonly groups: GroupReport[];
  /** Size-weighted mean of the group scores. */
  readonly score: number;
  /** No split of this pool into groups of these sizes scores higher. */
  readonly bound: number;
  /** (bound − score) / bound: how far the split is from the best it could possibly be. */
  readonly gap: number;
}

export interface GroupingProposal extends GroupingScore {
  readonly seed: number;
  /** The size limits the proposal honours (defaults filled in for `CountBounds`). */
  readonly minSize: number;
  readonly maxSize: number;
}

export interface ScoreOptions {
  readonly mode: GroupingMode;
}

/** Why a hand-edited split breaks the bounds or the constraints. */
export type AssignmentProblemReason =
  | 'NOT_IN_POOL'
  | 'PLACED_TWICE'
  | 'NOT_PLACED'
  | 'GROUP_COUNT'
  | 'GROUP_TOO_SMALL'
  | 'GROUP_TOO_LARGE'
  | 'PIN_VIOLATED'
  | 'TOGETHER_VIOLATED'
  | 'APART_VIOLATED';

export interface AssignmentProblem {
  readonly reason: AssignmentProblemReason;
  readonly message: string;
  readonly studentIds: string[];
  readonly groupIndex?: number;
}
