import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** A person added to or removed from a cohort (a docent or a student, by the mutation). */
@InputType()
export class CohortMembershipInput {
  @Field(() => ID)
  @IsUUID()
  cohortId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;
}
