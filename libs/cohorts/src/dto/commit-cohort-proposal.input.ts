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
import { CohortStatus } from '../entities/cohort.entity';
import { CohortMeetingInput } from './cohort-meeting.input';
import { CohortPeriodInput } from './cohort-period';
import { trimToNull } from './common';

/** What one proposed group becomes: its name, docents and schedule. */
@InputType()
export class CommitCohortGroupInput {
  @Field(() => String, { nullable: true, description: 'Default: the track, the start month and the group number.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Users with the DOCENT role.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  docentIds: string[];

  @Field(() => [CohortMeetingInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CohortMeetingInput)
  meetings: CohortMeetingInput[];
}

@InputType()
export class CommitCohortProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => CohortPeriodInput)
  @ValidateNested()
  @Type(() => CohortPeriodInput)
  period: CohortPeriodInput;

  @Field(() => CohortStatus, { defaultValue: CohortStatus.PLANNED })
  @IsEnum(CohortStatus)
  status: CohortStatus;

  @Field(() => [CommitCohortGroupInput], {
    nullable: true,
    description: 'One entry per proposed group, in order; omitted: default names, no docents, no meetings.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => CommitCohortGroupInput)
  groups?: CommitCohortGroupInput[] | null;
}
