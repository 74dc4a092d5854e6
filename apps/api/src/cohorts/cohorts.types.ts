import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Cohort, CohortProposalView } from '@imh/cohorts';

@ObjectType()
export class CohortPage {
  @Field(() => [Cohort])
  items: Cohort[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  offset: number;
  @Field(() => Int)
  limit: number;
}

@ObjectType()
export class CommitCohortProposalPayload {
  @Field(() => CohortProposalView)
  proposal: CohortProposalView;

  @Field(() => [Cohort], { description: 'The new cohorts, in the order of the proposal’s groups.' })
  cohorts: Cohort[];
}
