import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class LoginInput {
  @Field()
  @Transform(normaliseEmail)
  @MaxLength(254, { message: 'E-mail address is too long (254 characters at most).' })
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(200, { message: 'Password is too long (200 characters at most).' })
  password: string;
}
