import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims strings and turns an empty one into null (an empty optional form field means "none"). */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
export const HTTP_URL_MESSAGE = 'Enter a link that starts with http:// or https://.';

/** A calendar day as `YYYY-MM-DD`; `IsISO8601({ strict: true })` also refuses 2026-02-30. */
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_ONLY_MESSAGE = 'Enter a date as YYYY-MM-DD.';

function comparable(value: unknown): number | string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'string') return value;
  return null;
}

/**
 * The value must come after the sibling `property` (dates, or `YYYY-MM-DD` strings, which
 * sort as they read). Passes when either side is missing: presence is checked elsewhere, and
 * an update that changes one side is checked against the stored other side by the service.
 */
export function IsAfter(property: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfter',
      target: object.constructor,
      propertyName,
      constraints: [property],
      options: { message: 'The end must be after the start.', ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const end = comparable(value);
          const start = comparable((args.object as Record<string, unknown>)[property]);
          if (end === null || start === null || typeof end !== typeof start) return true;
          return end > start;
        },
      },
    });
}
