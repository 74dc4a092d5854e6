import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsPlausibleDate, trim } from './common';

@InputType()
export class GrantExtensionInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  studentId: string;

  @Field({ description: 'The student’s own due date: later than the cohort’s, in the future, before 2101.' })
  @IsPlausibleDate()
  dueAt: Date;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason: string;
}
