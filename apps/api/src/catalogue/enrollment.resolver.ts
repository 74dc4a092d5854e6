import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { Enrollment, EnrollmentService, EnrollStudentInput, Track } from '@imh/catalogue';
import { PageInput, User } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { EnrollmentPage } from './catalogue.types';

/** Admins putting students in tracks. */
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(private readonly enrollmentService: EnrollmentService) {}

  @Query(() => EnrollmentPage)
  enrollments(
    @CurrentActor() actor: Actor | null,
    @Args('trackId', { type: () => ID }, uuid) trackId: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.enrollmentService.list(actor, trackId, page);
  }

  @Mutation(() => Enrollment, {
    description: 'A route is refused (CONFLICT) until the student has completed its required track.',
  })
  enrollStudent(@CurrentActor() actor: Actor | null, @Args('input') input: EnrollStudentInput) {
    return this.enrollmentService.enrollStudent(actor, input);
  }

  @Mutation(() => Enrollment)
  withdrawEnrollment(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.enrollmentService.withdraw(actor, id);
  }

  @ResolveField(() => User)
  student(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.user.load(enrollment.studentId);
  }

  @ResolveField(() => Track)
  track(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.track.load(enrollment.trackId);
  }
}
