import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { TrackCode } from '../entities/track.entity';
import { Clearable, trim } from './common';

@InputType()
export class CreateTrackInput {
  @Field(() => TrackCode)
  @IsEnum(TrackCode)
  code: TrackCode;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(10_000)
  description: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  targetAudience: string;

  @Field(() => Int, { nullable: true, description: 'Months the certificate stays valid; null for no expiry.' })
  @Clearable()
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidityMonths?: number | null;

  @Field(() => ID, { nullable: true, description: 'The track that must be completed first.' })
  @Clearable()
  @IsUUID()
  requiresTrackId?: string | null;
}
