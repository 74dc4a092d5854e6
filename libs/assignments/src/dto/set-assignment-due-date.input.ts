import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';

@InputType()
export class SetAssignmentDueDateInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  cohortId: string;

  @Field({ description: 'ISO 8601 with offset.' })
  @IsDate()
  dueAt: Date;
}
