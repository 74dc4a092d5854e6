/**
 * Why the confidential channel refuses. Each value belongs to this enum only (the API's refusal
 * vocabulary checks it), so the portal keys its sentence by the value: `refusals.<VALUE>` in its
 * messages, checked by the typecheck. No refusal ever carries content or a writer's identity.
 */
export enum ConfidentialRefusal {
  /** This session holds no usable key material (signed in before, or corrupt): sign in again. */
  SESSION_KEYS_MISSING = 'SESSION_KEYS_MISSING',
  /** Only students and docents write to the confidant. */
  NOT_A_WRITER = 'NOT_A_WRITER',
  NOT_A_CONFIDANT = 'NOT_A_CONFIDANT',
  /** An addressed person is not (or no longer) a confidant with keys. */
  NOT_AN_ADDRESSABLE_CONFIDANT = 'NOT_AN_ADDRESSABLE_CONFIDANT',
  /** No confidant can receive messages yet. */
  NO_CONFIDANT_AVAILABLE = 'NO_CONFIDANT_AVAILABLE',
  MESSAGE_TOO_LONG = 'MESSAGE_TOO_LONG',
  MESSAGE_EMPTY = 'MESSAGE_EMPTY',
  /** Wrong, malformed and unknown receipts get this one answer. */
  RECEIPT_NOT_RECOGNISED = 'RECEIPT_NOT_RECOGNISED',
  RECOVERY_KEY_REQUIRED = 'RECOVERY_KEY_REQUIRED',
  RECOVERY_KEY_NOT_RECOGNISED = 'RECOVERY_KEY_NOT_RECOGNISED',
  THREAD_CLOSED = 'THREAD_CLOSED',
  STALE_THREAD = 'STALE_THREAD',
  RETENTION_OUT_OF_RANGE = 'RETENTION_OUT_OF_RANGE',
  TOO_MANY_ATTACHMENTS = 'TOO_MANY_ATTACHMENTS',
}
