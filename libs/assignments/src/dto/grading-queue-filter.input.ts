import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SubmissionStatus } from '../entities/submission.entity';

@InputType()
export class GradingQueueFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;

  @Field(() => SubmissionStatus, {
    nullable: true,
    description: 'Default: waiting for a docent (SUBMITTED and NEEDS_THIRD_MARKER). DRAFT is never shown.',
  })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus | null;
}
