import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { CohortMode } from '../entities/cohort.entity';

/** The largest pool an admin may group at once (the benchmark groups 5,000 in well under a second). */
export const MAX_POOL = 10_000;

@InputType()
export class GroupPinInput {
  @Field(() => ID)
  @IsUUID()
  studentId: string;

  @Field(() => Int, { description: '0-based index of the group.' })
  @IsInt()
  groupIndex: number;
}

@InputType({ description: 'Two students, for "together" and "apart" constraints.' })
export class StudentPairInput {
  @Field(() => ID)
  @IsUUID()
  a: string;

  @Field(() => ID)
  @IsUUID()
  b: string;
}

/**
 * What to group and how. Give `minSize` and `maxSize` (the algorithm chooses the number of
 * groups), or `groupCount` (optionally with size limits). Contradictions (min > max, a pool
 * smaller than min, a student pinned twice, "together" and "apart" on one pair, a student not
 * in the pool) are BAD_USER_INPUT naming the problem.
 */
@InputType()
export class ProposeCohortsInput {
  @Field(() => ID)
  @IsUUID()
  trackId: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'A chosen pool; each must be actively enrolled in the track without a cohort for it. ' +
      'Omitted: every such student (for IN_COMPANY: of the organisation).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POOL)
  @IsUUID('all', { each: true })
  studentIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  minSize?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxSize?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  groupCount?: number | null;

  @Field(() => CohortMode, { defaultValue: CohortMode.OPEN })
  @IsEnum(CohortMode)
  mode: CohortMode;

  @Field(() => ID, { nullable: true, description: 'Required for IN_COMPANY, not allowed for OPEN.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => [GroupPinInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POOL)
  @ValidateNested({ each: true })
  @Type(() => GroupPinInput)
  pins?: GroupPinInput[] | null;

  @Field(() => [StudentPairInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POOL)
  @ValidateNested({ each: true })
  @Type(() => StudentPairInput)
  together?: StudentPairInput[] | null;

  @Field(() => [StudentPairInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POOL)
  @ValidateNested({ each: true })
  @Type(() => StudentPairInput)
  apart?: StudentPairInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Same input and seed, same proposal. Default: from the track.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number | null;
}
