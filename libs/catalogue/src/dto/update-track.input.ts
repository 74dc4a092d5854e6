import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from './common';

/** Fields left out stay as they are; `null` clears a nullable field. */
@InputType()
export class UpdateTrackInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  targetAudience?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidityMonths?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  requiresTrackId?: string | null;
}
