import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class SubmitSubmissionInput {
  @Field(() => ID)
  @IsUUID()
  submissionId: string;

  @Field(() => Int, { description: 'The draft version you read: what you saw is what is handed in.' })
  @IsInt()
  @Min(1)
  version: number;
}
