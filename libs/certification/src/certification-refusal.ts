/**
 * Why the certification context refuses. Each value belongs to this enum only (the API's refusal
 * vocabulary checks it); the portal keys its sentence by the value (`refusals.<VALUE>`).
 */
export enum CertificationRefusal {
  /** params: track, modules (not complete), lessons (left), requirements (unmet), requiredTrack. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** params: number (of the valid certificate). */
  ALREADY_CERTIFIED = 'ALREADY_CERTIFIED',
  REVOCATION_REASON_REQUIRED = 'REVOCATION_REASON_REQUIRED',
  /** params: number. */
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
  ONLY_ADMINS_CERTIFY = 'ONLY_ADMINS_CERTIFY',
  CREDENTIAL_MALFORMED = 'CREDENTIAL_MALFORMED',
  PDF_TOO_LARGE = 'PDF_TOO_LARGE',
  /** A bulk issue for this cohort is still queued or running. params: cohort. */
  BATCH_ALREADY_RUNNING = 'BATCH_ALREADY_RUNNING',
  /** A bulk issue for a cohort without members. params: cohort. */
  COHORT_HAS_NO_MEMBERS = 'COHORT_HAS_NO_MEMBERS',
}
