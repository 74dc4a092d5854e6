import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CohortStatus } from '../entities/cohort.entity';

@InputType()
export class CohortsFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  trackId?: string | null;

  @Field(() => CohortStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CohortStatus)
  status?: CohortStatus | null;
}
