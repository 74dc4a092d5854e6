import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortPerson, DisciplineCountView } from '@imh/cohorts';
import { Discipline, Organisation } from '@imh/identity';
import type { GraphQLContext } from '../auth/request-context';

/** Disciplines and organisations of the people in cohorts and proposals, batched. */
@Resolver(() => CohortPerson)
export class CohortPersonResolver {
  @ResolveField(() => Discipline, { nullable: true })
  discipline(@Parent() person: CohortPerson, @Context() ctx: GraphQLContext) {
    return person.disciplineId ? ctx.loaders.discipline.load(person.disciplineId) : null;
  }

  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'Shown to admins and the cohort’s docents; null for fellow students.',
  })
  organisation(@Parent() person: CohortPerson, @Context() ctx: GraphQLContext) {
    return person.organisationId ? ctx.loaders.organisation.load(person.organisationId) : null;
  }
}

@Resolver(() => DisciplineCountView)
export class DisciplineCountResolver {
  @ResolveField(() => Discipline, { nullable: true, description: 'Null for students without a discipline.' })
  discipline(@Parent() count: DisciplineCountView, @Context() ctx: GraphQLContext) {
    return count.disciplineId ? ctx.loaders.discipline.load(count.disciplineId) : null;
  }
}
