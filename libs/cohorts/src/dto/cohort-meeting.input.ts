import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsDateInRange } from '@imh/common';
import { HTTP_URL, HTTP_URL_MESSAGE, IsAfter, trim, trimToNull } from './common';

const PLACE_OR_LINK = 'Enter a place or an online link.';

/** One meeting of a cohort's schedule: a start and end, a place and/or an online link, a topic. */
@InputType()
export class CohortMeetingInput {
  @Field({ description: 'Start (ISO 8601 with offset), in 2000–2100.' })
  @IsDateInRange()
  @IsDate()
  startsAt: Date;

  @Field({ description: 'After the start, in 2000–2100.' })
  @IsAfter('startsAt')
  @IsDateInRange()
  @IsDate()
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Address or room; this or an online link is required.' })
  @Transform(trimToNull)
  @ValidateIf((o: CohortMeetingInput) => o.place != null || o.onlineUrl == null)
  @MaxLength(200)
  // Lowest, so it is checked first and its message is the one shown for a missing place.
  @IsString({ message: PLACE_OR_LINK })
  place?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl(HTTP_URL, { message: HTTP_URL_MESSAGE })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  topic: string;
}

@InputType()
export class AddCohortMeetingInput extends CohortMeetingInput {
  @Field(() => ID)
  @IsUUID()
  cohortId: string;
}

/** Changes the fields given; the result must still end after it starts and have a place or link. */
@InputType()
export class UpdateCohortMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true, description: 'In 2000–2100; omitted or null keeps the start.' })
  @IsOptional()
  @IsDateInRange()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true, description: 'In 2000–2100; omitted or null keeps the end.' })
  @IsOptional()
  @IsAfter('startsAt')
  @IsDateInRange()
  @IsDate()
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: 'null or empty removes the place.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'null or empty removes the link.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl(HTTP_URL, { message: HTTP_URL_MESSAGE })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field({ nullable: true })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string;
}
