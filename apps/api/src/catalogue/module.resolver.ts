import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  CreateModuleInput,
  LearningModule,
  LearningService,
  Lesson,
  Module,
  ModuleService,
  ReorderInput,
  Track,
  UpdateModuleInput,
} from '@imh/catalogue';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';

@Resolver(() => Module)
export class ModuleResolver {
  constructor(
    private readonly modules: ModuleService,
    private readonly learning: LearningService,
  ) {}

  @Query(() => Module, { description: 'A module with its lessons, drafts included (admins and docents).' })
  module(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.get(actor, id);
  }

  @Query(() => LearningModule, {
    description:
      'A module as a student sees it (progress, locked, what unlocks it). For admins and docents who are not enrolled it is a preview of the student view, drafts included.',
  })
  learningModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.learning.learningModule(actor, id);
  }

  @Mutation(() => Module)
  createModule(@CurrentActor() actor: Actor | null, @Args('input') input: CreateModuleInput) {
    return this.modules.create(actor, input);
  }

  @Mutation(() => Module, {
    description: 'Prerequisites that would make a cycle are refused (BAD_USER_INPUT, PREREQUISITE_CYCLE).',
  })
  updateModule(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateModuleInput) {
    return this.modules.update(actor, input);
  }

  @Mutation(() => Module)
  publishModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.publish(actor, id);
  }

  @Mutation(() => Module)
  unpublishModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.unpublish(actor, id);
  }

  @Mutation(() => Module, {
    description:
      'Takes a module out of every student path, keeping its lessons, progress and submissions; it becomes a draft. Refused (CONFLICT, REQUIRED_BY_PUBLISHED_MODULE) while a published module requires it.',
  })
  archiveModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.archive(actor, id);
  }

  @Mutation(() => Module, { description: 'Brings an archived module back as a draft, with everything it held.' })
  unarchiveModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.unarchive(actor, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a draft module with its lessons and assignments. Refused (CONFLICT, MODULE_HAS_STUDENT_WORK, with the counts) once students have progress or submissions in it: archive it instead.',
  })
  deleteModule(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.modules.delete(actor, id);
  }

  @Mutation(() => [Module], { description: 'Sets the order of all modules of a track (parentId = track id).' })
  reorderModules(@CurrentActor() actor: Actor | null, @Args('input') input: ReorderInput) {
    return this.modules.reorder(actor, input);
  }

  @ResolveField(() => [Lesson], { description: 'Lessons in order (admins and docents; students use learningModule).' })
  lessons(@Parent() module: Module, @Context() ctx: GraphQLContext) {
    return ctx.loaders.lessonsByModule.load(module.id);
  }

  @ResolveField(() => [Module], { description: 'Modules to complete before this one opens.' })
  prerequisites(@Parent() module: Module, @Context() ctx: GraphQLContext) {
    return ctx.loaders.prerequisitesByModule.load(module.id);
  }

  @ResolveField(() => Track)
  track(@Parent() module: Module, @Context() ctx: GraphQLContext) {
    return ctx.loaders.track.load(module.trackId);
  }
}
