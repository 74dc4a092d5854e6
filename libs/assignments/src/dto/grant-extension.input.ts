import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from './common';

@InputType()
export class GrantExtensionInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  studentId: string;

  @Field({ description: 'The student’s own due date: later than the cohort’s.' })
  @IsDate()
  dueAt: Date;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason: string;
}
