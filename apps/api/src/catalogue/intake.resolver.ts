import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { IntakeRequest, IntakeService, SubmitIntakeRequestInput } from '@imh/catalogue';
import { PageInput } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { IntakeRequestPage } from './catalogue.types';

@Resolver(() => IntakeRequest)
export class IntakeResolver {
  constructor(private readonly intake: IntakeService) {}

  @Mutation(() => IntakeRequest, {
    description:
      'Open to signed-out visitors; a confirmation e-mail follows. Limited per client address and per ' +
      'e-mail address (RATE_LIMITED with retryAfterSeconds).',
  })
  async submitIntakeRequest(@Args('input') input: SubmitIntakeRequestInput, @Context() ctx: GraphQLContext) {
    return this.intake.submit(input, ctx.req.ip ?? 'unknown');
  }

  @Query(() => IntakeRequestPage, { description: 'Newest first; `handled` filters (admins).' })
  intakeRequests(
    @CurrentActor() actor: Actor | null,
    @Args('handled', { type: () => Boolean, nullable: true }) handled?: boolean | null,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.intake.list(actor, handled, page);
  }

  @Mutation(() => IntakeRequest)
  setIntakeRequestHandled(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('handled', { type: () => Boolean, defaultValue: true }) handled: boolean,
  ) {
    return this.intake.setHandled(actor, id, handled);
  }
}
