/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims every string of an array and drops empty ones. */
export const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value;

export const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
export const HTTP_URL_MESSAGE = 'Enter a link that starts with http:// or https://.';

/** Trims strings and turns an empty one into null (an empty optional form field means "none"). */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
