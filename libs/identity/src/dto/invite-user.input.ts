import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '@imh/common';
import { Locale } from '../entities/user.entity';
import { normaliseEmail } from './login.input';

@InputType()
export class InviteUserInput {
  @Field()
  @Transform(normaliseEmail)
  @MaxLength(254, { message: 'E-mail address is too long (254 characters at most).' })
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  email: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(200)
  name: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'Choose at least one role.' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  disciplineId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
