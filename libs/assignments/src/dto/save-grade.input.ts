import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_CRITERIA } from '../assignment-limits';
import { trim } from './common';

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  @IsUUID()
  criterionId: string;

  @Field(() => Int, { description: 'POINTS: 0..maxPoints. PASS_FAIL: 1 passed, 0 not.' })
  @IsInt()
  points: number;
}

@InputType()
export class SaveGradeInput {
  @Field(() => ID)
  @IsUUID()
  submissionId: string;

  @Field(() => Int, { nullable: true, description: 'The grade version you read; null when there was no grade yet.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => [CriterionScoreInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(20000)
  feedback: string;

  @Field({
    defaultValue: false,
    description: 'Double marking: this mark is done (every criterion scored); the marks are then compared.',
  })
  @IsBoolean()
  final: boolean;

  @Field({
    defaultValue: false,
    description:
      'Without double marking: save and release in one change. A refused release (e.g. an incomplete grade) saves nothing.',
  })
  @IsBoolean()
  release: boolean;

  @Field(() => String, { nullable: true, description: 'Required to change a released grade; kept in the audit log.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}
