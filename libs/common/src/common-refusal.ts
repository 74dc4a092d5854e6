/**
 * Refusals any context can give: a missing thing, malformed input, too many attempts, a request too large.
 * Each value belongs to this enum only (the API's refusal vocabulary checks it), so the portal
 * keys its sentence by the value: `refusals.<VALUE>` in its messages, checked by the typecheck.
 */
export enum CommonRefusal {
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  INVALID_ID = 'INVALID_ID',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}
