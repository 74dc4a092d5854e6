import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  CatalogueService,
  CreateTrackInput,
  Module,
  PublicationStatus,
  PublicTrack,
  Track,
  TrackService,
  UpdateTrackInput,
} from '@imh/catalogue';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';

/** Tracks: the public catalogue for everyone, authoring for admins. */
@Resolver(() => Track)
export class TrackResolver {
  constructor(
    private readonly trackService: TrackService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [PublicTrack], {
    description: 'Published tracks with their published modules, hours and points. Open to signed-out visitors.',
  })
  publicCatalogue() {
    return this.catalogue.publicCatalogue();
  }

  @Query(() => [Track], { description: 'Every track, drafts included (admins and docents).' })
  tracks(@CurrentActor() actor: Actor | null) {
    return this.trackService.list(actor);
  }

  @Query(() => Track)
  track(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.trackService.get(actor, id);
  }

  @Mutation(() => Track)
  createTrack(@CurrentActor() actor: Actor | null, @Args('input') input: CreateTrackInput) {
    return this.trackService.create(actor, input);
  }

  @Mutation(() => Track)
  updateTrack(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateTrackInput) {
    return this.trackService.update(actor, input);
  }

  @Mutation(() => Track)
  publishTrack(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.trackService.setStatus(actor, id, PublicationStatus.PUBLISHED);
  }

  @Mutation(() => Track)
  unpublishTrack(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.trackService.setStatus(actor, id, PublicationStatus.DRAFT);
  }

  @ResolveField(() => [Module], { description: 'Every module in order, drafts included (admins and docents).' })
  modules(@Parent() track: Track, @Context() ctx: GraphQLContext) {
    return ctx.loaders.modulesByTrack.load(track.id);
  }

  @ResolveField(() => Track, { nullable: true, description: 'The track to complete before this one.' })
  requiresTrack(@Parent() track: Track, @Context() ctx: GraphQLContext) {
    return track.requiresTrackId ? ctx.loaders.track.load(track.requiresTrackId) : null;
  }
}
