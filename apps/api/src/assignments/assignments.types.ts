import { Paginated } from '../graphql/paginated';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PassRule, RubricCriterion, Submission } from '@imh/assignments';

@ObjectType({ description: 'How an assignment is graded: its criteria in order and the rule for a pass.' })
export class Rubric {
  @Field(() => [RubricCriterion])
  criteria: RubricCriterion[];

  @Field(() => Int, { description: 'The sum of every criterion’s maxPoints.' })
  maxPoints: number;

  @Field(() => PassRule)
  passRule: PassRule;

  @Field(() => Int, { nullable: true })
  passMinPoints: number | null;
}

@ObjectType()
export class SubmissionPage extends Paginated(Submission) {}
