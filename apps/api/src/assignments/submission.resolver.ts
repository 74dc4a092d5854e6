import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Assignment,
  AssignmentExtension,
  Grade,
  GradeStatus,
  GradingQueueFilterInput,
  GradingService,
  GradingState,
  RequestRevisionInput,
  SaveSubmissionDraftInput,
  Submission,
  SubmissionCohort,
  SubmissionService,
  SubmitSubmissionInput,
} from '@imh/assignments';
import { renderMarkdown } from '@imh/catalogue';
import type { Actor } from '@imh/common';
import { StoredFile } from '@imh/files';
import { PageInput, User } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { SubmissionPage } from './assignments.types';

@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly grading: GradingService,
  ) {}

  @Query(() => Submission, {
    description:
      'One attempt: its author; once handed in, a docent of its cohort (others: FORBIDDEN) and admins. Other students: NOT_FOUND.',
  })
  submission(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.submissions.byId(actor, id);
  }

  @Query(() => SubmissionPage, {
    description: 'Handed-in attempts in the cohorts the docent teaches, oldest first.',
  })
  async gradingQueue(
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GraphQLContext,
    @Args('filter', { nullable: true }) filter?: GradingQueueFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const queue = await this.grading.queue(actor, filter, page);
    // The page read each attempt's assignment already: `assignment` needs no query of its own.
    for (const submission of queue.items) {
      if (submission.assignment) ctx.loaders.assignment.prime(submission.assignmentId, submission.assignment);
    }
    return queue;
  }

  @Mutation(() => Submission, { description: 'Saves the student’s current draft, creating it for the next attempt.' })
  saveSubmissionDraft(@CurrentActor() actor: Actor | null, @Args('input') input: SaveSubmissionDraftInput) {
    return this.submissions.saveDraft(actor, input);
  }

  @Mutation(() => Submission, { description: 'Hands the draft in (marked late after the effective due date).' })
  submitSubmission(@CurrentActor() actor: Actor | null, @Args('input') input: SubmitSubmissionInput) {
    return this.submissions.submit(actor, input);
  }

  @Mutation(() => [Submission], { description: 'Releases the agreed grade of each submission, all or nothing.' })
  releaseGrades(
    @CurrentActor() actor: Actor | null,
    @Args('submissionIds', { type: () => [ID] }) submissionIds: string[],
  ) {
    return this.grading.release(actor, submissionIds);
  }

  @Mutation(() => Submission, { description: 'Sends the attempt back with a comment; the student may try again.' })
  requestRevision(@CurrentActor() actor: Actor | null, @Args('input') input: RequestRevisionInput) {
    return this.grading.requestRevision(actor, input);
  }

  @ResolveField(() => Boolean, {
    description: 'The author is hidden behind a pseudonym while the assignment is graded anonymously (until release).',
  })
  async anonymised(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.submissionAuthor.load(submission.id))?.anonymised ?? true;
  }

  @ResolveField(() => String, { description: 'The author’s name, or a pseudonym while anonymised.' })
  async authorName(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.submissionAuthor.load(submission.id))?.name ?? '';
  }

  @ResolveField(() => User, { nullable: true, description: 'Null while anonymised.' })
  async author(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    const author = await ctx.loaders.submissionAuthor.load(submission.id);
    return author?.studentId ? ctx.loaders.user.load(author.studentId) : null;
  }

  @ResolveField(() => Assignment)
  assignment(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return ctx.loaders.assignment.load(submission.assignmentId);
  }

  @ResolveField(() => SubmissionCohort, { description: 'The cohort’s id and name; never its people.' })
  async cohort(@Parent() submission: Submission, @Context() ctx: GraphQLContext): Promise<SubmissionCohort | null> {
    const cohort = await ctx.loaders.submissionCohort.load(submission.cohortId);
    return cohort ? { id: cohort.id, name: cohort.name } : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Handed in after the effective due date (the cohort’s, or the student’s extension). Null while anonymised: with the extensions a docent granted, lateness could name the author.',
  })
  async late(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    // Their own attempt is never anonymised to its author: no need to ask who wrote it.
    if (ctx.actor && submission.studentId === ctx.actor.userId) return submission.late;
    const author = await ctx.loaders.submissionAuthor.load(submission.id);
    return !author || author.anonymised ? null : submission.late;
  }

  @ResolveField(() => [StoredFile], {
    description: 'Download each through GET /files/:id. Neutral file names while anonymised.',
  })
  files(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return ctx.loaders.submissionFiles.load(submission.id);
  }

  @ResolveField(() => [Grade], {
    description:
      'The marks the viewer may see: docents of the cohort all (during double marking only their own), the author only the released grade.',
  })
  grades(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return ctx.loaders.grades.load(submission.id);
  }

  @ResolveField(() => Grade, {
    nullable: true,
    description:
      'The viewer’s own mark, for a docent who grades this attempt: the shared grade without double marking, else the one they made.',
  })
  async myGrade(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.gradingView.load(submission.id))?.myGrade ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Handed in and waiting for a grade (or for a third marker).' })
  async awaitingGrade(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.gradingView.load(submission.id))?.awaitingGrade ?? false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may release its agreed, complete grade now.' })
  async releasable(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.gradingView.load(submission.id))?.releasable ?? false;
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer may send it back for a next attempt now (waiting for a grade, attempts left).',
  })
  async canRequestRevision(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.gradingView.load(submission.id))?.canRequestRevision ?? false;
  }

  @ResolveField(() => GradingState, { description: 'Where the attempt stands from the docents’ side.' })
  async gradingState(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.gradingView.load(submission.id))?.state ?? GradingState.TO_GRADE;
  }

  @ResolveField(() => Grade, { nullable: true, description: 'The released grade, once there is one.' })
  async grade(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    const grades = await ctx.loaders.grades.load(submission.id);
    return grades.find((g) => g.agreed && g.status === GradeStatus.RELEASED) ?? null;
  }

  @ResolveField(() => [Submission], {
    description:
      'The author’s earlier handed-in attempts at this assignment, first first: for the author, docents of the cohort and admins.',
  })
  previousAttempts(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return ctx.loaders.previousAttempts.load(submission.id);
  }

  @ResolveField(() => AssignmentExtension, {
    nullable: true,
    description:
      'The author’s extension on this assignment: for the author, docents of the cohort and admins; null while anonymised.',
  })
  extension(@Parent() submission: Submission, @Context() ctx: GraphQLContext) {
    return ctx.loaders.submissionExtension.load(submission.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The revision comment as sanitised HTML.' })
  revisionCommentHtml(@Parent() submission: Submission) {
    return submission.revisionComment === null ? null : renderMarkdown(submission.revisionComment);
  }
}
