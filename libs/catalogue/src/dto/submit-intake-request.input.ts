import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Locale } from '@imh/identity';
import { TrackCode } from '../entities/track.entity';
import { trim, trimToNull } from './common';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class SubmitIntakeRequestInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxLength(200)
  name: string;

  @Field()
  @Transform(normaliseEmail)
  @MaxLength(254, { message: 'E-mail address is too long (254 characters at most).' })
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  email: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @Matches(/^[+0-9 ()-]{6,40}$/, { message: 'Enter a valid phone number.' })
  phone?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your organisation.' })
  @MaxLength(200)
  organisation: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your discipline.' })
  @MaxLength(120)
  discipline: string;

  @Field(() => TrackCode, { nullable: true })
  @IsOptional()
  @IsEnum(TrackCode)
  trackInterest?: TrackCode | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(4000, { message: 'The message is too long (4000 characters at most).' })
  message: string;

  @Field(() => Locale, { nullable: true, description: 'Language of the confirmation e-mail.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
