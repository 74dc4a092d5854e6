import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  Discipline,
  InvitationService,
  InviteUserInput,
  Organisation,
  PageInput,
  SetUserRolesInput,
  User,
  UserService,
  UsersFilterInput,
} from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { OrganisationPage, UserPage } from './identity.types';

/** People: the admin's user management, and the lists (disciplines, organisations) forms need. */
@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => UserPage, { name: 'users' })
  listUsers(
    @CurrentActor() actor: Actor | null,
    @Args('filter', { nullable: true }) filter?: UsersFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.users.list(actor, filter ?? {}, page);
  }

  @Mutation(() => User)
  inviteUser(@CurrentActor() actor: Actor | null, @Args('input') input: InviteUserInput) {
    return this.invitations.invite(actor, input);
  }

  @Mutation(() => User)
  resendInvitation(@CurrentActor() actor: Actor | null, @Args('userId', { type: () => ID }, uuid) userId: string) {
    return this.invitations.resendInvitation(actor, userId);
  }

  @Mutation(() => User)
  setUserRoles(@CurrentActor() actor: Actor | null, @Args('input') input: SetUserRolesInput) {
    return this.users.setRoles(actor, input);
  }

  @Mutation(() => User, { description: 'Deactivates the user and ends all their sessions at once.' })
  deactivateUser(@CurrentActor() actor: Actor | null, @Args('userId', { type: () => ID }, uuid) userId: string) {
    return this.users.deactivate(actor, userId);
  }

  @Mutation(() => User)
  reactivateUser(@CurrentActor() actor: Actor | null, @Args('userId', { type: () => ID }, uuid) userId: string) {
    return this.users.reactivate(actor, userId);
  }

  @Query(() => [Discipline], { description: 'All disciplines (a short, fixed list).' })
  disciplines() {
    return this.users.disciplines();
  }

  @Query(() => OrganisationPage)
  organisations(
    @CurrentActor() actor: Actor | null,
    @Args('search', { nullable: true }) search?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.users.organisations(actor, search, page);
  }

  @ResolveField(() => Discipline, { nullable: true })
  discipline(@Parent() user: User, @Context() ctx: GraphQLContext) {
    return user.disciplineId ? ctx.loaders.discipline.load(user.disciplineId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() user: User, @Context() ctx: GraphQLContext) {
    return user.organisationId ? ctx.loaders.organisation.load(user.organisationId) : null;
  }
}
