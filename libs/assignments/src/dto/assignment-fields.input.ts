import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PassRule, SubmissionKind } from '../entities/assignment.entity';
import { CriterionKind } from '../entities/rubric-criterion.entity';
import { MAX_ATTEMPTS, MAX_CRITERIA, MAX_LEVELS } from '../assignment-limits';
import { extensions, trim } from './common';

@InputType()
export class RubricLevelInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Give each level a label.' })
  @MaxLength(120)
  label: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000)
  points: number;
}

@InputType()
export class RubricCriterionInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Give each criterion a title.' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description: string;

  @Field(() => CriterionKind)
  @IsEnum(CriterionKind)
  kind: CriterionKind;

  @Field(() => [RubricLevelInput], {
    defaultValue: [],
    description: 'POINTS: two or more levels with rising points. PASS_FAIL: none.',
  })
  @ArrayMaxSize(MAX_LEVELS)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelInput)
  levels: RubricLevelInput[];
}

/** Everything an admin sets on an assignment; create adds the module, update the id. */
@InputType({ isAbstract: true })
export abstract class AssignmentFieldsInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(20000)
  instructions: string;

  @Field(() => SubmissionKind)
  @IsEnum(SubmissionKind)
  submissionKind: SubmissionKind;

  @Field(() => [String], { defaultValue: [], description: 'Extensions, e.g. ["pdf", "docx"]; needed unless TEXT.' })
  @Transform(extensions)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  allowedFileTypes: string[];

  @Field(() => Float, { description: 'Largest file in bytes; at most the storage limit.' })
  @IsInt()
  @Min(1)
  maxFileBytes: number;

  @Field(() => PassRule)
  @IsEnum(PassRule)
  passRule: PassRule;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  passMinPoints?: number | null;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_ATTEMPTS)
  maxAttempts: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  anonymousGrading: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  doubleMarking: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  doubleMarkingThreshold: number;

  @Field(() => [RubricCriterionInput], { description: 'The rubric, in order.' })
  @ArrayMinSize(1, { message: 'A rubric needs at least one criterion.' })
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];
}
