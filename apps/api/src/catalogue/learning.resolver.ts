import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { CompleteLessonPayload, Enrollment, EnrollmentService, LearningService, MyLearning } from '@imh/catalogue';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuid } from '../graphql/uuid.pipe';

/** The student's dashboard and progress. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly enrollments: EnrollmentService,
  ) {}

  @Query(() => MyLearning, { description: "The signed-in user's tracks, modules and progress." })
  myLearning(@CurrentActor() actor: Actor | null) {
    return this.learning.myLearning(actor);
  }

  @Mutation(() => CompleteLessonPayload, { description: 'Marks a lesson done (idempotent).' })
  completeLesson(@CurrentActor() actor: Actor | null, @Args('lessonId', { type: () => ID }, uuid) lessonId: string) {
    return this.learning.completeLesson(actor, lessonId);
  }

  @Mutation(() => Enrollment, {
    description:
      'A student enters a published track. A route is refused (CONFLICT) until its required track is completed.',
  })
  enrollInTrack(@CurrentActor() actor: Actor | null, @Args('trackId', { type: () => ID }, uuid) trackId: string) {
    return this.enrollments.enrollSelf(actor, trackId);
  }
}
