import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The docent who marked a grade, as a grade names them: the name only. Students read their
 * released grade; a marker's e-mail or roles (which can tell that a docent is the confidant) are
 * not theirs to see, as in the cohort views.
 */
@ObjectType({ description: 'The docent who last saved a mark: id and name only.' })
export class GradeMarker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/**
 * The cohort of an attempt, as the attempt names it: not its people, which in a small cohort
 * would name the author of an anonymously graded attempt. Readers who may see the cohort's
 * people ask for the cohort itself.
 */
@ObjectType({ description: 'The cohort an attempt belongs to: id and name only, never its people.' })
export class SubmissionCohort {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
