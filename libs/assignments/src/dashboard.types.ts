import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Assignment } from './entities/assignment.entity';

/** How far ahead the student's dashboard looks for due work, and how much of it it lists. */
export const DUE_SOON_DAYS = 14;
export const DUE_SOON_MAX = 20;
/** How many cohort–assignment pairs the docent's dashboard lists (oldest waiting work first). */
export const GRADING_BACKLOG_MAX = 50;

@ObjectType({ description: 'An assignment the signed-in student has due soon, by their effective due date.' })
export class DueAssignment {
  @Field(() => Assignment, { description: 'Ask for myHandIn and mySubmissions for where the student stands.' })
  assignment: Assignment;

  @Field(() => Date, { description: 'The effective due date: the student’s extension, else their cohort’s.' })
  dueAt: Date;

  @Field({ description: 'The due date is an extension granted to the student.' })
  extended: boolean;
}

@ObjectType({ description: 'What the signed-in student has due in the coming days, soonest first.' })
export class DueSoon {
  @Field(() => Int, { description: 'How many days ahead this looks.' })
  days: number;

  @Field(() => Int, { description: 'Everything due in that time; `items` holds the first DUE_SOON_MAX.' })
  totalCount: number;

  @Field(() => [DueAssignment])
  items: DueAssignment[];
}

@ObjectType({ description: 'Handed-in work of one assignment in one cohort that waits for a docent.' })
export class GradingBacklogEntry {
  @Field(() => ID)
  cohortId: string;

  @Field()
  cohortName: string;

  @Field(() => ID)
  assignmentId: string;

  @Field()
  assignmentTitle: string;

  @Field(() => Int, { description: 'Attempts waiting for a grade or a third marker.' })
  waiting: number;

  @Field(() => Date, { description: 'When the longest-waiting of them was handed in.' })
  oldestSubmittedAt: Date;
}

@ObjectType({ description: 'Work waiting in the grading queue, per cohort and assignment, oldest first.' })
export class GradingBacklog {
  @Field(() => Int, { description: 'Every attempt waiting, over all cohorts and assignments.' })
  totalWaiting: number;

  @Field(() => [GradingBacklogEntry], { description: 'At most GRADING_BACKLOG_MAX pairs.' })
  entries: GradingBacklogEntry[];
}
