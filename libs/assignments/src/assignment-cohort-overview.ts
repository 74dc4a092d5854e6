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

  @Field(() => Int, { description: 'Attempts handed in (drafts do not count).' })
  attempts: number;

  @Field(() => SubmissionStatus, { nullable: true, description: 'The latest handed-in attempt’s status; null: none.' })
  latestStatus: SubmissionStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The latest handed-in attempt; null while anonymous grading hides whose work it is.',
  })
  latestSubmissionId: string | null;

  @Field(() => Boolean, { nullable: true })
  late: boolean | null;

  @Field(() => AssignmentExtension, { nullable: true })
  extension: AssignmentExtension | null;

  @Field(() => Date, { nullable: true, description: 'The extension, else the cohort’s due date.' })
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

  @Field({ description: 'Anonymous grading: the overview links no work to a name before release.' })
  anonymousGrading: boolean;

  @Field(() => [CohortStudentAssignment])
  students: CohortStudentAssignment[];
}
