import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CLEARABLE, Clearable, HTTP_URL, HTTP_URL_MESSAGE, OMITTABLE, Omittable, trim, trimToNull } from './common';

/** Fields left out stay as they are; `videoUrl: null` removes the video. */
@InputType()
export class UpdateLessonInput {
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

  @Field({ nullable: true, description: `Markdown. ${OMITTABLE} An empty string empties the text.` })
  @Omittable()
  @IsString()
  @MaxLength(100_000, { message: 'The lesson text is too long (100,000 characters at most).' })
  body?: string;

  @Field(() => String, { nullable: true, description: CLEARABLE })
  @Transform(trimToNull)
  @Clearable()
  @MaxLength(2000)
  @IsUrl(HTTP_URL, { message: HTTP_URL_MESSAGE })
  videoUrl?: string | null;
}
