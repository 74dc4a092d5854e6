import { IsDefined, IsOptional, ValidateIf } from 'class-validator';

/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims every string of an array and drops empty ones. */
export const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value;

export const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
export const HTTP_URL_MESSAGE = 'Enter a link that starts with http:// or https://.';

/** Trims strings and turns an empty one into null (an empty optional form field means "none"). */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/**
 * The one rule for optional input fields. GraphQL can make a field optional only by making it
 * nullable, so the schema cannot say which of two things a field is; these decorators do, and
 * each optional field of the catalogue's inputs carries exactly one of them:
 *  - `@Omittable()`: leave it out to keep the value; `null` is refused (BAD_USER_INPUT, naming the
 *    field), because the column has no "nothing" (a title, a text, a number, a list).
 *  - `@Clearable()`: `null` clears it. Only where the column allows null and "none" means
 *    something (a video link, a certificate without expiry, no required track).
 */
export function Omittable(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_object, value) => value !== undefined)(target, property);
    IsDefined({ message: `${String(property)} cannot be null; leave it out to keep the current value.` })(
      target,
      property,
    );
  };
}

export function Clearable(): PropertyDecorator {
  return IsOptional();
}

/** Descriptions that tell API users the rule (see `Omittable`, `Clearable`). */
export const OMITTABLE = 'Leave out to keep the current value; null is refused.';
export const CLEARABLE = 'Leave out to keep the current value; null clears it.';
