import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CohortMode, CohortStatus } from '../entities/cohort.entity';
import { CohortPeriodInput } from './cohort-period';
import { trim } from './common';

/** A cohort made by hand, outside a proposal. */
@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID()
  trackId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(120)
  name: string;

  @Field(() => CohortPeriodInput)
  @ValidateNested()
  @Type(() => CohortPeriodInput)
  period: CohortPeriodInput;

  @Field(() => CohortMode, { defaultValue: CohortMode.OPEN })
  @IsEnum(CohortMode)
  mode: CohortMode;

  @Field(() => ID, { nullable: true, description: 'Required for IN_COMPANY, not allowed for OPEN.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => CohortStatus, { defaultValue: CohortStatus.PLANNED })
  @IsEnum(CohortStatus)
  status: CohortStatus;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  docentIds: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Each actively enrolled in the track, in no other cohort of it.',
  })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  studentIds: string[];
}
