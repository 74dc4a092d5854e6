import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  CreateLessonInput,
  LearningService,
  Lesson,
  LessonService,
  Module,
  renderMarkdown,
  ReorderInput,
  UpdateLessonInput,
} from '@imh/catalogue';
import { StoredFile } from '@imh/files';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';

@Resolver(() => Lesson)
export class LessonResolver {
  constructor(
    private readonly lessons: LessonService,
    private readonly learning: LearningService,
  ) {}

  @Query(() => Lesson, {
    description:
      'A lesson: for a student only in a published module of a track they are in, once its prerequisites and earlier lessons are done.',
  })
  lesson(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.learning.lesson(actor, id);
  }

  @Mutation(() => Lesson)
  createLesson(@CurrentActor() actor: Actor | null, @Args('input') input: CreateLessonInput) {
    return this.lessons.create(actor, input);
  }

  @Mutation(() => Lesson)
  updateLesson(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateLessonInput) {
    return this.lessons.update(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a lesson nobody has completed. Refused (CONFLICT, LESSON_HAS_STUDENT_WORK, with the count) once students have: archive it instead.',
  })
  deleteLesson(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.lessons.delete(actor, id);
  }

  @Mutation(() => Lesson, {
    description: 'Takes a lesson out of student paths and module completion, keeping the progress on it.',
  })
  archiveLesson(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.lessons.archive(actor, id);
  }

  @Mutation(() => Lesson, { description: 'Brings an archived lesson back into its module.' })
  unarchiveLesson(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.lessons.unarchive(actor, id);
  }

  @Mutation(() => [Lesson], { description: 'Sets the order of all lessons of a module (parentId = module id).' })
  reorderLessons(@CurrentActor() actor: Actor | null, @Args('input') input: ReorderInput) {
    return this.lessons.reorder(actor, input);
  }

  @Mutation(() => Lesson, { description: 'Attaches a file uploaded with POST /files?purpose=LESSON_ATTACHMENT.' })
  attachFileToLesson(
    @CurrentActor() actor: Actor | null,
    @Args('lessonId', { type: () => ID }, uuid) lessonId: string,
    @Args('fileId', { type: () => ID }, uuid) fileId: string,
  ) {
    return this.lessons.attachFile(actor, lessonId, fileId);
  }

  @Mutation(() => Lesson)
  detachFileFromLesson(
    @CurrentActor() actor: Actor | null,
    @Args('lessonId', { type: () => ID }, uuid) lessonId: string,
    @Args('fileId', { type: () => ID }, uuid) fileId: string,
  ) {
    return this.lessons.detachFile(actor, lessonId, fileId);
  }

  @ResolveField(() => String, {
    description: 'The markdown as sanitised HTML: no scripts, event handlers or javascript: links.',
  })
  bodyHtml(@Parent() lesson: Lesson) {
    return renderMarkdown(lesson.body);
  }

  @ResolveField(() => [StoredFile], { description: 'Download each through GET /files/:id.' })
  attachments(@Parent() lesson: Lesson, @Context() ctx: GraphQLContext) {
    return ctx.loaders.attachmentsByLesson.load(lesson.id);
  }

  @ResolveField(() => Boolean, { description: 'The signed-in student has completed this lesson.' })
  completed(@Parent() lesson: Lesson, @Context() ctx: GraphQLContext) {
    return ctx.loaders.lessonCompleted.load(lesson.id);
  }

  @ResolveField(() => Module)
  module(@Parent() lesson: Lesson, @Context() ctx: GraphQLContext) {
    return ctx.loaders.module.load(lesson.moduleId);
  }
}
