/**
 * Why notifications refuse. Each value belongs to this enum only (the API's refusal vocabulary
 * checks it), so the portal keys its sentence by the value: `refusals.<VALUE>`.
 */
export enum NotificationsRefusal {
  UNKNOWN_NOTIFICATION_KIND = 'UNKNOWN_NOTIFICATION_KIND',
  DIGEST_HOUR_OUT_OF_RANGE = 'DIGEST_HOUR_OUT_OF_RANGE',
  UNSUBSCRIBE_LINK_INVALID = 'UNSUBSCRIBE_LINK_INVALID',
}
