import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CLEARABLE, Clearable, OMITTABLE, Omittable, trim } from './common';

/** Fields left out stay as they are; `null` clears the fields that may be empty (see each field). */
@InputType()
export class UpdateTrackInput {
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
  @MaxLength(10_000)
  description?: string;

  @Field({ nullable: true, description: OMITTABLE })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  targetAudience?: string;

  @Field(() => Int, { nullable: true, description: `Months the certificate stays valid. ${CLEARABLE} (no expiry)` })
  @Clearable()
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidityMonths?: number | null;

  @Field(() => ID, { nullable: true, description: `The track that must be completed first. ${CLEARABLE}` })
  @Clearable()
  @IsUUID()
  requiresTrackId?: string | null;
}
