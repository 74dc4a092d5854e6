import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { trim, trimAll } from './common';

@InputType()
export class CreateModuleInput {
  @Field(() => ID)
  @IsUUID()
  trackId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  summary: string;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Study hours: a number with at most one decimal.' })
  @Min(0)
  @Max(1000)
  studyHours: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1000)
  accreditationPoints: number;

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  learningGoals: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Modules that must be completed before this one opens.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  prerequisiteIds: string[];
}
