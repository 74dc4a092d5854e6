import { Paginated } from '../graphql/paginated';
import { Field, ObjectType } from '@nestjs/graphql';
import { Cohort, CohortProposalView } from '@imh/cohorts';

@ObjectType()
export class CohortPage extends Paginated(Cohort) {}

@ObjectType()
export class CommitCohortProposalPayload {
  @Field(() => CohortProposalView)
  proposal: CohortProposalView;

  @Field(() => [Cohort], { description: 'The new cohorts, in the order of the proposal’s groups.' })
  cohorts: Cohort[];
}
