import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from './common';

@InputType()
export class RequestRevisionInput {
  @Field(() => ID)
  @IsUUID()
  submissionId: string;

  @Field({ description: 'What to revise (markdown).' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Say what should be revised.' })
  @MaxLength(20000)
  comment: string;
}
