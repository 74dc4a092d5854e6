import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, Matches } from 'class-validator';
import { IsDateInRange } from '@imh/common';
import { DATE_ONLY, DATE_ONLY_MESSAGE, IsAfter } from './common';

/** A cohort's period: first and last day (Europe/Amsterdam calendar days). */
@InputType()
export class CohortPeriodInput {
  @Field({ description: 'YYYY-MM-DD, in 2000–2100.' })
  @IsDateInRange()
  @Matches(DATE_ONLY, { message: DATE_ONLY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_ONLY_MESSAGE })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, after startsOn, in 2000–2100.' })
  @IsAfter('startsOn', { message: 'The period must end after it starts.' })
  @IsDateInRange()
  @Matches(DATE_ONLY, { message: DATE_ONLY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_ONLY_MESSAGE })
  endsOn: string;
}
