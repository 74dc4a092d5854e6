import { applyDecorators } from '@nestjs/common';
import { IsDate, MaxDate, MinDate } from 'class-validator';

/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Lower-cases and trims every string of an array (file extensions), dropping a leading dot. */
export const extensions = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/^\./, '') : v))
    : value;

/** The dates an assignment may carry (due dates, extensions): Postgres stores far more, nobody means it. */
export const EARLIEST_DATE = new Date('2000-01-01T00:00:00.000Z');
export const LATEST_DATE = new Date('2100-12-31T23:59:59.999Z');

/** A date within EARLIEST_DATE..LATEST_DATE; anything else is BAD_USER_INPUT naming the field. */
export function IsPlausibleDate(): PropertyDecorator {
  return applyDecorators(
    IsDate(),
    MinDate(EARLIEST_DATE, { message: 'Choose a date from the year 2000 to 2100.' }),
    MaxDate(LATEST_DATE, { message: 'Choose a date from the year 2000 to 2100.' }),
  );
}
