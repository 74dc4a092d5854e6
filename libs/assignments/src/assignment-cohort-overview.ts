import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentExtension } from './entities/assignment-extension.entity';
import { SubmissionStatus } from './entities/submission.entity';

/** One student of a cohort and where they stand with one assignment. */
@ObjectType()
export class CohortStudentAssignment {
  @Field(() => ID)
  studentId: string;

  @Field()
  studentName: string;

  @Field({
    description:
      'Anonymous grading: what this student handed in is hidden (attempts, status, lateness) until their grade is released.',
  })
  attemptsHidden: boolean;

  @Field(() => Int, { nullable: true, description: 'Attempts handed in (drafts do not count); null while hidden.' })
  attempts: number | null;

  @Field(() => SubmissionStatus, {
    nullable: true,
    description: 'The latest handed-in attempt’s status; null: none, or hidden.',
  })
  latestStatus: SubmissionStatus | null;

  @Field(() => ID, { nullable: true, description: 'The latest handed-in attempt; null: none, or hidden.' })
  latestSubmissionId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the latest attempt was late; null: none, or hidden.' })
  late: boolean | null;

  @Field(() => AssignmentExtension, { nullable: true })
  extension: AssignmentExtension | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The effective due date: the extension, else the cohort’s due date.',
  })
  effectiveDueAt: Date | null;
}

/** A docent's view of one assignment in one cohort: every student, handed in or not. */
@ObjectType()
export class AssignmentCohortOverview {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID)
  cohortId: string;

  @Field()
  cohortName: string;

  @Field(() => Date, { nullable: true })
  cohortDueAt: Date | null;

  @Field({ description: 'Anonymous grading: the overview ties no work to a name before release.' })
  anonymousGrading: boolean;

  @Field(() => [CohortStudentAssignment])
  students: CohortStudentAssignment[];
}
