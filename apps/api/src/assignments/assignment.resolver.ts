import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Assignment,
  AssignmentCohortOverview,
  AssignmentDueDate,
  AssignmentExtension,
  AssignmentLimits,
  AssignmentService,
  GradingService,
  HandInStateView,
  MAX_FILES_PER_SUBMISSION,
  RubricVerdict,
  RubricVerdictInput,
  CreateAssignmentInput,
  GrantExtensionInput,
  RevokeExtensionInput,
  SetAssignmentDueDateInput,
  Submission,
  UpdateAssignmentInput,
} from '@imh/assignments';
import { Module, renderMarkdown } from '@imh/catalogue';
import type { Actor } from '@imh/common';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { Rubric } from './assignments.types';

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly service: AssignmentService,
    private readonly grading: GradingService,
  ) {}

  @Query(() => AssignmentLimits, { description: 'The limits the API enforces on assignments and hand-ins.' })
  assignmentLimits(@CurrentActor() actor: Actor | null) {
    return this.service.limits(actor);
  }

  @Query(() => RubricVerdict, {
    description:
      'The total and verdict these scores would give on the assignment’s rubric, without saving: for readers of the assignment.',
  })
  rubricVerdict(@CurrentActor() actor: Actor | null, @Args('input') input: RubricVerdictInput) {
    return this.grading.verdict(actor, input);
  }

  @Query(() => Assignment, {
    description: 'Admins and docents read every assignment; a student those of published modules of their tracks.',
  })
  assignment(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.byId(actor, id);
  }

  @Query(() => [Assignment], { description: 'The assignments of a module the signed-in user may see.' })
  assignments(@CurrentActor() actor: Actor | null, @Args('moduleId', { type: () => ID }, uuid) moduleId: string) {
    return this.service.byModule(actor, moduleId);
  }

  @Query(() => [Assignment], {
    description:
      'The signed-in student’s assignments across the modules of their tracks; ask for myDueAt and mySubmissions.',
  })
  myAssignments(@CurrentActor() actor: Actor | null) {
    return this.service.mine(actor);
  }

  @Query(() => AssignmentCohortOverview, {
    description: 'A docent of the cohort (or an admin): every student of the cohort and where they stand.',
  })
  assignmentCohortOverview(
    @CurrentActor() actor: Actor | null,
    @Args('assignmentId', { type: () => ID }, uuid) assignmentId: string,
    @Args('cohortId', { type: () => ID }, uuid) cohortId: string,
  ) {
    return this.service.cohortOverview(actor, assignmentId, cohortId);
  }

  @Mutation(() => Assignment, { description: 'Admins: an assignment with its rubric on a module.' })
  createAssignment(@CurrentActor() actor: Actor | null, @Args('input') input: CreateAssignmentInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Assignment, { description: 'Admins: replaces the fields; the rubric only while nothing is graded.' })
  updateAssignment(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateAssignmentInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Admins: only while nobody has handed it in.' })
  deleteAssignment(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.delete(actor, id);
  }

  @Mutation(() => AssignmentDueDate, { description: 'An admin or a docent of the cohort sets its due date.' })
  setAssignmentDueDate(@CurrentActor() actor: Actor | null, @Args('input') input: SetAssignmentDueDateInput) {
    return this.service.setDueDate(actor, input);
  }

  @Mutation(() => AssignmentExtension, {
    description: 'A docent of the student’s cohort (or an admin) grants one student a later due date.',
  })
  grantExtension(@CurrentActor() actor: Actor | null, @Args('input') input: GrantExtensionInput) {
    return this.service.grantExtension(actor, input);
  }

  @Mutation(() => Boolean, {
    description: 'A docent of the student’s cohort (or an admin) takes an extension back; false when there was none.',
  })
  revokeExtension(@CurrentActor() actor: Actor | null, @Args('input') input: RevokeExtensionInput) {
    return this.service.revokeExtension(actor, input);
  }

  @ResolveField(() => Int, { description: 'How many files one attempt may carry.' })
  maxFiles() {
    return MAX_FILES_PER_SUBMISSION;
  }

  @ResolveField(() => String, { description: 'The instructions as sanitised HTML.' })
  instructionsHtml(@Parent() assignment: Assignment) {
    return renderMarkdown(assignment.instructions);
  }

  @ResolveField(() => Rubric)
  async rubric(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext): Promise<Rubric> {
    const criteria = await ctx.loaders.rubricCriteria.load(assignment.id);
    return {
      criteria,
      maxPoints: criteria.reduce((sum, c) => sum + c.maxPoints, 0),
      passRule: assignment.passRule,
      passMinPoints: assignment.passMinPoints,
    };
  }

  @ResolveField(() => Module)
  module(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.module.load(assignment.moduleId);
  }

  @ResolveField(() => [AssignmentDueDate], {
    description: 'Due dates per cohort: admins see all, docents their cohorts’, students their own cohort’s.',
  })
  dueDates(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.dueDates.load(assignment.id);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'The signed-in student’s effective due date: their extension, else their cohort’s.',
  })
  myDueAt(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.myDueAt.load(assignment.id);
  }

  @ResolveField(() => HandInStateView, {
    description:
      'Whether the signed-in student may write for it now (by the rules of saving and handing in), and why not.',
  })
  async myHandIn(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.myHandIn.load(assignment.id);
  }

  @ResolveField(() => [Submission], { description: 'The signed-in student’s attempts, the draft included.' })
  mySubmissions(@Parent() assignment: Assignment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.mySubmissions.load(assignment.id);
  }
}

/** Adds `assignments` to the catalogue's Module type without touching the catalogue. */
@Resolver(() => Module)
export class ModuleAssignmentsResolver {
  @ResolveField(() => [Assignment], { description: 'The assignments of this module the signed-in user may see.' })
  assignments(@Parent() module: Module, @Context() ctx: GraphQLContext) {
    return ctx.loaders.assignmentsByModule.load(module.id);
  }
}
