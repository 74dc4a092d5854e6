import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsPlausibleDate } from './common';

@InputType()
export class SetAssignmentDueDateInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  cohortId: string;

  @Field({ description: 'ISO 8601 with offset; from the year 2000 to 2100.' })
  @IsPlausibleDate()
  dueAt: Date;
}
