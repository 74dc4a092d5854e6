import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RevokeExtensionInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  studentId: string;
}
