import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Grade, GradeMarker, GradingService, SaveGradeInput } from '@imh/assignments';
import { renderMarkdown } from '@imh/catalogue';
import type { Actor } from '@imh/common';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';

@Resolver(() => Grade)
export class GradeResolver {
  constructor(private readonly grading: GradingService) {}

  @Mutation(() => Grade, {
    description:
      'A docent of the cohort saves rubric scores and feedback (a draft until released; `release` saves and releases in one change). Send the version you read; a stale one is CONFLICT. A released grade changes only with a reason.',
  })
  saveGrade(@CurrentActor() actor: Actor | null, @Args('input') input: SaveGradeInput) {
    return this.grading.saveGrade(actor, input);
  }

  @ResolveField(() => String, { description: 'The feedback as sanitised HTML.' })
  feedbackHtml(@Parent() grade: Grade) {
    return renderMarkdown(grade.feedback);
  }

  @ResolveField(() => GradeMarker, { nullable: true, description: 'The docent who last saved this mark: their name.' })
  async marker(@Parent() grade: Grade, @Context() ctx: GraphQLContext): Promise<GradeMarker | null> {
    const user = grade.markerId ? await ctx.loaders.user.load(grade.markerId) : null;
    return user ? { id: user.id, name: user.name } : null;
  }
}
