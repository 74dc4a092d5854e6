/**
 * Why assignments, submissions, grading and extensions refuse.
 * Each value belongs to this enum only (the API's refusal vocabulary checks it), so the portal
 * keys its sentence by the value: `refusals.<VALUE>` in its messages, checked by the typecheck.
 *
 * A refusal of an assignment's fields (`INVALID_ASSIGNMENT`) names each bad field by its full
 * path (`criteria.1.levels`) with one of the field values below as the field's problem; the
 * error's params carry what those sentences name (the storage limit, the rubric's total).
 */
export enum AssignmentRefusal {
  AWAITING_GRADE = 'AWAITING_GRADE',
  ALREADY_PASSED = 'ALREADY_PASSED',
  NO_ATTEMPTS_LEFT = 'NO_ATTEMPTS_LEFT',
  FILES_NOT_ALLOWED = 'FILES_NOT_ALLOWED',
  FILE_NOT_FOUND = 'FILE_NOT_FOUND',
  TEXT_NOT_ALLOWED = 'TEXT_NOT_ALLOWED',
  STALE_DRAFT = 'STALE_DRAFT',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  SUBMISSION_INCOMPLETE = 'SUBMISSION_INCOMPLETE',
  NO_COHORT_IN_TRACK = 'NO_COHORT_IN_TRACK',
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
  ALREADY_RELEASED = 'ALREADY_RELEASED',
  MARK_FINAL = 'MARK_FINAL',
  GRADE_INCOMPLETE = 'GRADE_INCOMPLETE',
  STALE_GRADE = 'STALE_GRADE',
  MARKERS_TAKEN = 'MARKERS_TAKEN',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NOT_AWAITING_GRADE = 'NOT_AWAITING_GRADE',
  NO_AGREED_GRADE = 'NO_AGREED_GRADE',
  NOT_YOUR_COHORT = 'NOT_YOUR_COHORT',
  INVALID_ASSIGNMENT = 'INVALID_ASSIGNMENT',
  RUBRIC_IN_USE = 'RUBRIC_IN_USE',
  ASSIGNMENT_HAS_SUBMISSIONS = 'ASSIGNMENT_HAS_SUBMISSIONS',
  COHORT_OTHER_TRACK = 'COHORT_OTHER_TRACK',
  EXTENSION_IN_PAST = 'EXTENSION_IN_PAST',
  EXTENSION_NOT_LATER = 'EXTENSION_NOT_LATER',
  /** Writing assignments and rubrics is for admins. */
  AUTHORING_ADMINS_ONLY = 'AUTHORING_ADMINS_ONLY',
  /** Only students hand in (and save drafts). */
  SUBMITTING_STUDENTS_ONLY = 'SUBMITTING_STUDENTS_ONLY',
  /** The grading queue is for docents and admins. */
  GRADING_QUEUE_DOCENTS_ONLY = 'GRADING_QUEUE_DOCENTS_ONLY',
  /** A bulk release without submissions. */
  NO_SUBMISSIONS_CHOSEN = 'NO_SUBMISSIONS_CHOSEN',
  /** A bulk release of more than `max` submissions. */
  TOO_MANY_SUBMISSIONS = 'TOO_MANY_SUBMISSIONS',
  /** A handed-in file over this assignment's limit: params `file`, `maxBytes`. */
  SUBMISSION_FILE_TOO_LARGE = 'SUBMISSION_FILE_TOO_LARGE',
  /** A handed-in file of a type this assignment does not take: params `file`, `allowed`. */
  SUBMISSION_FILE_TYPE_NOT_ALLOWED = 'SUBMISSION_FILE_TYPE_NOT_ALLOWED',
  /** Module completion: an assignment of the module is not passed yet (param `assignment`, its title). */
  ASSIGNMENT_NOT_PASSED = 'ASSIGNMENT_NOT_PASSED',

  // Field problems of INVALID_ASSIGNMENT (the value of a field path in `fields`).
  /** `criteria.N.levels`: a points criterion needs at least two levels. */
  LEVELS_TOO_FEW = 'LEVELS_TOO_FEW',
  /** `criteria.N.levels.M.points`: another level of the criterion has these points. */
  LEVEL_POINTS_REPEATED = 'LEVEL_POINTS_REPEATED',
  /** `criteria.N.levels`: a pass/fail criterion has no levels. */
  PASS_FAIL_HAS_LEVELS = 'PASS_FAIL_HAS_LEVELS',
  /** `allowedFileTypes`: types the storage does not take (param `unknownTypes`). */
  FILE_TYPES_UNKNOWN = 'FILE_TYPES_UNKNOWN',
  /** `allowedFileTypes`: an assignment that takes files names at least one type. */
  FILE_TYPES_MISSING = 'FILE_TYPES_MISSING',
  /** `maxFileBytes`: above the storage limit (param `storageLimitBytes`). */
  FILE_LIMIT_ABOVE_STORAGE = 'FILE_LIMIT_ABOVE_STORAGE',
  /** `passMinPoints`: MIN_TOTAL_POINTS needs the points a pass takes. */
  PASS_MIN_MISSING = 'PASS_MIN_MISSING',
  /** `passMinPoints`: more than the rubric's total (param `maxTotalPoints`). */
  PASS_MIN_ABOVE_TOTAL = 'PASS_MIN_ABOVE_TOTAL',
  /** `passRule`: ALL_CRITERIA_PASSED needs a rubric of pass/fail criteria only. */
  PASS_RULE_NEEDS_PASS_FAIL = 'PASS_RULE_NEEDS_PASS_FAIL',
}
