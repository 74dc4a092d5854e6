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
import { OMITTABLE, Omittable, trim, trimAll } from './common';

/** Fields left out stay as they are; `prerequisiteIds` replaces the whole list when given (`[]` clears it). */
@InputType()
export class UpdateModuleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true, description: OMITTABLE })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true, description: OMITTABLE })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @Field(() => Float, { nullable: true, description: OMITTABLE })
  @Omittable()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Study hours: a number with at most one decimal.' })
  @Min(0)
  @Max(1000)
  studyHours?: number;

  @Field(() => Int, { nullable: true, description: OMITTABLE })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  accreditationPoints?: number;

  @Field(() => [String], { nullable: true, description: `${OMITTABLE} [] clears the list.` })
  @Omittable()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  learningGoals?: string[];

  @Field(() => [ID], { nullable: true, description: `${OMITTABLE} [] removes every prerequisite.` })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  prerequisiteIds?: string[];
}
