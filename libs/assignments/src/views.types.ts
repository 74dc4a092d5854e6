import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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

/** Whether the signed-in student may write for an assignment now, as the API decides it. */
@ObjectType('HandInState', {
  description: 'Whether the signed-in student may keep a draft or start the next attempt now, and if not, why.',
})
export class HandInStateView {
  @Field()
  canWrite: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not: a refusal value (AWAITING_GRADE, ALREADY_PASSED, NO_ATTEMPTS_LEFT, MODULE_LOCKED, …).',
  })
  reason: string | null;

  @Field(() => Int, { description: 'The attempt the draft is, or would be.' })
  nextAttempt: number;
}
