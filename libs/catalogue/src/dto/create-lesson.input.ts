import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Clearable, HTTP_URL, HTTP_URL_MESSAGE, trim, trimToNull } from './common';

@InputType()
export class CreateLessonInput {
  @Field(() => ID)
  @IsUUID()
  moduleId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(100_000, { message: 'The lesson text is too long (100,000 characters at most).' })
  body: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @Clearable()
  @MaxLength(2000)
  @IsUrl(HTTP_URL, { message: HTTP_URL_MESSAGE })
  videoUrl?: string | null;
}
