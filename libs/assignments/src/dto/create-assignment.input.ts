import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { AssignmentFieldsInput } from './assignment-fields.input';

@InputType()
export class CreateAssignmentInput extends AssignmentFieldsInput {
  @Field(() => ID)
  @IsUUID()
  moduleId: string;
}
