import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Track } from '@imh/catalogue';
import {
  AddCohortMeetingInput,
  Cohort,
  CohortMeeting,
  CohortMembershipInput,
  CohortPerson,
  CohortsFilterInput,
  CohortService,
  CreateCohortInput,
  UpdateCohortInput,
  UpdateCohortMeetingInput,
} from '@imh/cohorts';
import type { Actor } from '@imh/common';
import { Organisation, PageInput } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { CohortPage } from './cohorts.types';

/** Cohorts: admins see and edit all, docents see those they teach, students their own. */
@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly cohortService: CohortService) {}

  @Query(() => CohortPage, { description: 'Every cohort, newest period first (admins).' })
  async cohorts(
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GraphQLContext,
    @Args('filter', { nullable: true }) filter?: CohortsFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const cohorts = await this.cohortService.list(actor, filter ?? {}, page);
    // The list read each cohort's track already: `track` below needs no query of its own.
    for (const cohort of cohorts.items) if (cohort.track) ctx.loaders.track.prime(cohort.trackId, cohort.track);
    return cohorts;
  }

  @Query(() => Cohort, {
    description: "An admin, one of the cohort's docents or one of its students; FORBIDDEN for anyone else.",
  })
  cohort(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.cohortService.get(actor, id);
  }

  @Query(() => [Cohort], { description: 'The cohorts the signed-in docent teaches or the student follows.' })
  myCohorts(@CurrentActor() actor: Actor | null) {
    return this.cohortService.mine(actor);
  }

  @Mutation(() => Cohort, { description: 'Students placed must be in the track’s pool (BAD_USER_INPUT naming them).' })
  createCohort(@CurrentActor() actor: Actor | null, @Args('input') input: CreateCohortInput) {
    return this.cohortService.create(actor, input);
  }

  @Mutation(() => Cohort)
  updateCohort(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateCohortInput) {
    return this.cohortService.update(actor, input);
  }

  @Mutation(() => Cohort, { description: 'The docent is told by e-mail.' })
  addCohortDocent(@CurrentActor() actor: Actor | null, @Args('input') input: CohortMembershipInput) {
    return this.cohortService.addDocent(actor, input);
  }

  @Mutation(() => Cohort)
  removeCohortDocent(@CurrentActor() actor: Actor | null, @Args('input') input: CohortMembershipInput) {
    return this.cohortService.removeDocent(actor, input);
  }

  @Mutation(() => Cohort, {
    description:
      'CONFLICT (ALREADY_IN_COHORT) when the student is in another cohort of the track. The student is told by e-mail.',
  })
  addCohortStudent(@CurrentActor() actor: Actor | null, @Args('input') input: CohortMembershipInput) {
    return this.cohortService.addStudent(actor, input);
  }

  @Mutation(() => Cohort, { description: 'The student goes back to the track’s pool.' })
  removeCohortStudent(@CurrentActor() actor: Actor | null, @Args('input') input: CohortMembershipInput) {
    return this.cohortService.removeStudent(actor, input);
  }

  @Mutation(() => CohortMeeting)
  addCohortMeeting(@CurrentActor() actor: Actor | null, @Args('input') input: AddCohortMeetingInput) {
    return this.cohortService.addMeeting(actor, input);
  }

  @Mutation(() => CohortMeeting)
  updateCohortMeeting(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateCohortMeetingInput) {
    return this.cohortService.updateMeeting(actor, input);
  }

  @Mutation(() => Cohort, { description: 'Returns the cohort the meeting belonged to.' })
  removeCohortMeeting(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.cohortService.removeMeeting(actor, id);
  }

  @ResolveField(() => Track)
  track(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return ctx.loaders.track.load(cohort.trackId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return cohort.organisationId ? ctx.loaders.organisation.load(cohort.organisationId) : null;
  }

  @ResolveField(() => [CohortPerson], { description: 'Sorted by name.' })
  docents(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return ctx.loaders.cohortDocents.load(cohort.id);
  }

  @ResolveField(() => [CohortPerson], {
    description: 'Sorted by name. Fellow students see names and disciplines only.',
  })
  students(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return ctx.loaders.cohortStudents.load(cohort.id);
  }

  @ResolveField(() => Int)
  studentCount(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return ctx.loaders.cohortStudentCount.load(cohort.id);
  }

  @ResolveField(() => [CohortMeeting], { description: 'The schedule, in time order.' })
  meetings(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext) {
    return ctx.loaders.cohortMeetings.load(cohort.id);
  }
}
