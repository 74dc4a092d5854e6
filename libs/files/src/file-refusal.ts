/**
 * Why an upload or a download is refused.
 * Each value belongs to this enum only (the API's refusal vocabulary checks it), so the portal
 * keys its sentence by the value: `refusals.<VALUE>` in its messages, checked by the typecheck.
 */
export enum FileRefusal {
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  FILE_EMPTY = 'FILE_EMPTY',
  FILE_CONTENT_MISMATCH = 'FILE_CONTENT_MISMATCH',
  NO_FILE = 'NO_FILE',
  NOT_MULTIPART = 'NOT_MULTIPART',
  MALFORMED_MULTIPART = 'MALFORMED_MULTIPART',
  INVALID_CONTENT_LENGTH = 'INVALID_CONTENT_LENGTH',
  UPLOAD_INTERRUPTED = 'UPLOAD_INTERRUPTED',
  UNKNOWN_PURPOSE = 'UNKNOWN_PURPOSE',
  UPLOAD_NOT_ALLOWED = 'UPLOAD_NOT_ALLOWED',
  CSRF_HEADER_MISSING = 'CSRF_HEADER_MISSING',
}
