import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { normaliseEmail } from './login.input';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(normaliseEmail)
  @MaxLength(254, { message: 'E-mail address is too long (254 characters at most).' })
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  email: string;
}
