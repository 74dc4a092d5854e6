import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { AssignmentFieldsInput } from './assignment-fields.input';

/** Replaces every field and the rubric; the rubric only while nothing has been graded against it. */
@InputType()
export class UpdateAssignmentInput extends AssignmentFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
