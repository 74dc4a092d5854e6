import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID } from 'class-validator';

@InputType()
export class MoveProposalStudentInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => ID)
  @IsUUID()
  studentId: string;

  @Field(() => Int, { description: '0-based index of the group to move the student to.' })
  @IsInt()
  toGroupIndex: number;
}
