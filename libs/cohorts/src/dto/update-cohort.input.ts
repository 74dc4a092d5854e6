import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CohortMode, CohortStatus } from '../entities/cohort.entity';
import { CohortPeriodInput } from './cohort-period';
import { trim } from './common';

/** Changes the fields given. The track never changes: move students to another cohort instead. */
@InputType()
export class UpdateCohortInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(120)
  name?: string;

  @Field(() => CohortPeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortPeriodInput)
  period?: CohortPeriodInput;

  @Field(() => CohortMode, { nullable: true })
  @IsOptional()
  @IsEnum(CohortMode)
  mode?: CohortMode;

  @Field(() => ID, { nullable: true, description: 'The in-company organisation; null with mode OPEN.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => CohortStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CohortStatus)
  status?: CohortStatus;
}
