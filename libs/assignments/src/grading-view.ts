import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Grade } from './entities/grade.entity';

/** Where a handed-in attempt stands from the docents' side: what the queue and the grading page say. */
export enum GradingState {
  /** Nobody has marked it yet (or, with double marking, the viewer has not). */
  TO_GRADE = 'TO_GRADE',
  /** A mark is being made. */
  DRAFT = 'DRAFT',
  /** An agreed, complete grade waits to be released. */
  READY = 'READY',
  /** Double marking: the viewer's mark is final; the other is not, or the marks are compared. */
  AWAITING_SECOND = 'AWAITING_SECOND',
  /** Double marking: the marks differ; a third docent decides. */
  THIRD_MARKER = 'THIRD_MARKER',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
  RELEASED = 'RELEASED',
}
registerEnumType(GradingState, { name: 'GradingState' });

/** What the API decides about one attempt for the docent who looks at it. */
export interface GradingView {
  /** The viewer's own mark: the shared grade without double marking, else the one they made. Null unless they grade it. */
  myGrade: Grade | null;
  awaitingGrade: boolean;
  /** The viewer may release its agreed grade now. */
  releasable: boolean;
  /** The viewer may send it back for a next attempt now. */
  canRequestRevision: boolean;
  state: GradingState;
}

/** The total and verdict a rubric score gives, as `scoreRubric` decides them. */
@ObjectType({ description: 'What a rubric score would give: the same rule as a saved grade.' })
export class RubricVerdict {
  @Field(() => Int)
  totalPoints: number;

  @Field(() => Int, { description: 'The sum of every criterion’s maxPoints.' })
  maxPoints: number;

  @Field(() => Boolean, { nullable: true, description: 'Pass or not; null while not every criterion is scored.' })
  passed: boolean | null;

  @Field({ description: 'Every criterion has a score.' })
  complete: boolean;
}
