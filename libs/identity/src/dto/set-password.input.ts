import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;

/** Used both to accept an invitation and to reset a password: a link token and a new password. */
@InputType()
export class SetPasswordInput {
  @Field()
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(200, { message: 'Password is too long (200 characters at most).' })
  password: string;
}
