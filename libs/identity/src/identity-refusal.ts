/**
 * Why identity refuses: signing in, invitations, password links, roles.
 * Each value belongs to this enum only (the API's refusal vocabulary checks it), so the portal
 * keys its sentence by the value: `refusals.<VALUE>` in its messages, checked by the typecheck.
 */
export enum IdentityRefusal {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED',
  INVALID_TOKEN = 'INVALID_TOKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ALREADY_ACTIVE = 'ALREADY_ACTIVE',
  SELF_DEMOTION = 'SELF_DEMOTION',
  SELF_DEACTIVATION = 'SELF_DEACTIVATION',
  /** Managing people (inviting, roles, deactivating, the user list) is for admins. */
  USERS_ADMIN_ONLY = 'USERS_ADMIN_ONLY',
}
