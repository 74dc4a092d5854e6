import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class EnrollStudentInput {
  @Field(() => ID)
  @IsUUID()
  trackId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;
}
