/**
 * Why the registers (accreditation points) refuse. A second enum of the certification context, kept
 * apart from CertificationRefusal; the API's refusal vocabulary registers it as `accreditation`.
 */
export enum AccreditationRefusal {
  /** params: register (RegisterCode), example (a valid number). */
  INVALID_REGISTRATION_NUMBER = 'INVALID_REGISTRATION_NUMBER',
  /** params: register, discipline (its Dutch name, '' when the student has none). */
  REGISTER_NOT_OFFERED = 'REGISTER_NOT_OFFERED',
  /** params: register (named twice in one list). */
  REGISTER_REPEATED = 'REGISTER_REPEATED',
  /** The period ends before it starts, or spans more than five years. */
  INVALID_EXPORT_PERIOD = 'INVALID_EXPORT_PERIOD',
  ONLY_ADMINS_MANAGE_ACCREDITATION = 'ONLY_ADMINS_MANAGE_ACCREDITATION',
}
