import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortMode } from '../entities/cohort.entity';
import { CohortProposalStatus } from '../entities/cohort-proposal.entity';
import { CohortPerson } from './cohort-person.types';

/** The grouping's `AssignmentProblemReason`, for GraphQL (where it keeps that name). */
export enum ProposalProblemReason {
  NOT_IN_POOL = 'NOT_IN_POOL',
  PLACED_TWICE = 'PLACED_TWICE',
  NOT_PLACED = 'NOT_PLACED',
  GROUP_COUNT = 'GROUP_COUNT',
  GROUP_TOO_SMALL = 'GROUP_TOO_SMALL',
  GROUP_TOO_LARGE = 'GROUP_TOO_LARGE',
  PIN_VIOLATED = 'PIN_VIOLATED',
  TOGETHER_VIOLATED = 'TOGETHER_VIOLATED',
  APART_VIOLATED = 'APART_VIOLATED',
}
registerEnumType(ProposalProblemReason, { name: 'AssignmentProblemReason' });

@ObjectType('DisciplineCount', {
  description: 'How many students of one discipline; disciplineId null: students without one.',
})
export class DisciplineCountView {
  @Field(() => ID, { nullable: true })
  disciplineId: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One group of a proposal with its statistics.' })
export class ProposalGroup {
  @Field(() => Int)
  index: number;

  @Field(() => Int)
  size: number;

  @Field(() => Int)
  distinctDisciplines: number;

  @Field(() => Float, { description: 'Students of the most frequent discipline divided by the group size.' })
  largestDisciplineShare: number;

  @Field(() => Int, { description: 'Students who share their organisation with someone else in the group.' })
  organisationDuplicates: number;

  @Field(() => Float, { description: '100 for a group that mirrors the pool exactly.' })
  score: number;

  @Field(() => [DisciplineCountView], { description: 'The discipline mix, most frequent first.' })
  disciplineCounts: DisciplineCountView[];

  @Field(() => [CohortPerson], { description: 'Sorted by name.' })
  members: CohortPerson[];
}

@ObjectType('AssignmentProblem', {
  description: 'Why the proposal cannot be committed as it stands (after moves by hand).',
})
export class AssignmentProblemView {
  @Field(() => ProposalProblemReason)
  reason: ProposalProblemReason;

  @Field()
  message: string;

  @Field(() => [ID])
  studentIds: string[];

  @Field(() => Int, { nullable: true })
  groupIndex: number | null;
}

@ObjectType()
export class ProposalPin {
  @Field(() => ID)
  studentId: string;

  @Field(() => Int)
  groupIndex: number;
}

@ObjectType('StudentPair')
export class StudentPairView {
  @Field(() => ID)
  a: string;

  @Field(() => ID)
  b: string;
}

/** A proposal as the admin sees it: the groups, their scores, and how close the split is to the best possible. */
@ObjectType('CohortProposal')
export class CohortProposalView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field(() => CohortProposalStatus)
  status: CohortProposalStatus;

  @Field(() => CohortMode)
  mode: CohortMode;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field({ description: 'True when the admin chose the pool; false for the whole track pool.' })
  chosenPool: boolean;

  @Field(() => Int)
  poolSize: number;

  @Field(() => Int)
  seed: number;

  @Field(() => Int)
  minSize: number;

  @Field(() => Int)
  maxSize: number;

  @Field(() => Int, { nullable: true, description: 'The number of groups asked for, if any.' })
  groupCount: number | null;

  @Field(() => Float, { description: 'Size-weighted mean of the group scores.' })
  score: number;

  @Field(() => Float, { description: 'No split into groups of these sizes can score higher.' })
  bound: number;

  @Field(() => Float, { description: '(bound − score) / bound.' })
  gap: number;

  @Field(() => [ProposalGroup])
  groups: ProposalGroup[];

  @Field(() => [DisciplineCountView], { description: "The pool's discipline mix, most frequent first." })
  poolDisciplineCounts: DisciplineCountView[];

  @Field(() => [AssignmentProblemView], { description: 'Empty when the proposal can be committed.' })
  problems: AssignmentProblemView[];

  @Field(() => [ProposalPin])
  pins: ProposalPin[];

  @Field(() => [StudentPairView])
  together: StudentPairView[];

  @Field(() => [StudentPairView])
  apart: StudentPairView[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  committedAt: Date | null;
}

/** The students a track's next cohorts can be formed from. */
@ObjectType('CohortPool')
export class CohortPoolView {
  @Field(() => ID)
  trackId: string;

  @Field(() => Int)
  size: number;

  @Field(() => [CohortPerson], { description: 'Sorted by name.' })
  students: CohortPerson[];

  @Field(() => [DisciplineCountView])
  disciplineCounts: DisciplineCountView[];
}

/** How many open proposals the admin's dashboard lists, newest first. */
export const OPEN_PROPOSALS_MAX = 20;

/** An open proposal in a list: what it splits and when, without its groups. */
@ObjectType({ description: 'A proposal still open to commit or discard: the track, its size, when it was made.' })
export class CohortProposalSummary {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field()
  trackTitle: string;

  @Field(() => Int)
  groupCount: number;

  @Field(() => Int, { description: 'Students over all its groups.' })
  studentCount: number;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'The proposals still open (PROPOSED), newest first.' })
export class OpenCohortProposals {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [CohortProposalSummary], { description: 'At most OPEN_PROPOSALS_MAX.' })
  items: CohortProposalSummary[];
}
