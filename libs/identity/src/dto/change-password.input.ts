import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from './set-password.input';

/** Changing one's own password while signed in: the current one proves it is really them. */
@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(200, { message: 'Password is too long (200 characters at most).' })
  newPassword: string;
}
