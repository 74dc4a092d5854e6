import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The dates any input may name: from the first day of 2000 to the last day of 2100 (UTC). Wide
 * enough for every course, deadline and certificate, and far inside what Postgres stores (a date
 * like the year −271821 is a valid JavaScript Date but a server error in the database).
 */
export const DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;

const FIRST = Date.UTC(2000, 0, 1);
const AFTER_LAST = Date.UTC(2101, 0, 1);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a Date, or a calendar day as `YYYY-MM-DD`, lies within `DATE_RANGE`. */
export function isDateInRange(value: Date | string): boolean {
  if (typeof value === 'string') return DAY.test(value) && value >= DATE_RANGE.first && value <= DATE_RANGE.last;
  const time = value.getTime();
  return !Number.isNaN(time) && time >= FIRST && time < AFTER_LAST;
}

/**
 * The date (a `Date`, or a calendar day as `YYYY-MM-DD`) must lie within `DATE_RANGE`: BAD_USER_INPUT
 * on the field's path otherwise, through the API's validation pipe. Passes when the value is
 * missing or of another type: presence and type are other validators' work (`IsDate`, `Matches`).
 */
export function IsDateInRange(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateInRange',
      target: object.constructor,
      propertyName,
      constraints: [DATE_RANGE.first, DATE_RANGE.last],
      options: { message: 'Enter a date between 2000 and 2100.', ...options },
      validator: {
        validate(value: unknown) {
          if (value instanceof Date) return isDateInRange(value);
          if (typeof value === 'string' && DAY.test(value)) return isDateInRange(value);
          return true;
        },
      },
    });
}
