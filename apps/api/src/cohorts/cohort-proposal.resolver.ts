import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Track } from '@imh/catalogue';
import {
  CohortPoolView,
  CohortProposalService,
  CohortProposalView,
  CommitCohortProposalInput,
  MoveProposalStudentInput,
  ProposeCohortsInput,
} from '@imh/cohorts';
import type { Actor } from '@imh/common';
import { Organisation } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { CommitCohortProposalPayload } from './cohorts.types';

/** Forming cohorts: the pool, proposals from the grouping algorithm, moves by hand, the commit. Admins only. */
@Resolver(() => CohortProposalView)
export class CohortProposalResolver {
  constructor(private readonly proposals: CohortProposalService) {}

  @Query(() => CohortPoolView, {
    description:
      'Students actively enrolled in the track without a cohort for it (for in-company: of one organisation).',
  })
  cohortPool(
    @CurrentActor() actor: Actor | null,
    @Args('trackId', { type: () => ID }, uuid) trackId: string,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string,
  ) {
    return this.proposals.pool(actor, trackId, organisationId);
  }

  @Query(() => CohortProposalView)
  cohortProposal(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.proposals.get(actor, id);
  }

  @Mutation(() => CohortProposalView, {
    description:
      'Splits the pool into groups; BAD_USER_INPUT naming the problem when bounds or constraints cannot be met.',
  })
  proposeCohorts(@CurrentActor() actor: Actor | null, @Args('input') input: ProposeCohortsInput) {
    return this.proposals.propose(actor, input);
  }

  @Mutation(() => CohortProposalView, {
    description:
      'Moves a student and re-scores. The move is kept even when it breaks a bound or constraint; `problems` says which.',
  })
  moveProposalStudent(@CurrentActor() actor: Actor | null, @Args('input') input: MoveProposalStudentInput) {
    return this.proposals.moveStudent(actor, input);
  }

  @Mutation(() => CommitCohortProposalPayload, {
    description:
      'Creates every group as a cohort in one transaction and e-mails its students and docents. CONFLICT: ' +
      'POOL_CHANGED when the pool changed since the proposal, PROPOSAL_CLOSED when it is not open.',
  })
  commitCohortProposal(@CurrentActor() actor: Actor | null, @Args('input') input: CommitCohortProposalInput) {
    return this.proposals.commit(actor, input);
  }

  @Mutation(() => CohortProposalView)
  discardCohortProposal(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.proposals.discard(actor, id);
  }

  @ResolveField(() => Track)
  track(@Parent() proposal: CohortProposalView, @Context() ctx: GraphQLContext) {
    return ctx.loaders.track.load(proposal.trackId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() proposal: CohortProposalView, @Context() ctx: GraphQLContext) {
    return proposal.organisationId ? ctx.loaders.organisation.load(proposal.organisationId) : null;
  }
}
