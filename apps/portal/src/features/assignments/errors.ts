import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useCatalogueErrorMessage } from '../catalogue/errors';

/** The reasons the assignments context gives, each with its own sentence (assignments.errors.*). */
const REASONS = [
  'AWAITING_GRADE',
  'ALREADY_PASSED',
  'NO_ATTEMPTS_LEFT',
  'FILES_NOT_ALLOWED',
  'FILE_NOT_FOUND',
  'TEXT_NOT_ALLOWED',
  'STALE_DRAFT',
  'ALREADY_SUBMITTED',
  'SUBMISSION_INCOMPLETE',
  'NOT_IN_COHORT',
  'SCORE_OUT_OF_RANGE',
  'REVISION_REQUESTED',
  'ALREADY_RELEASED',
  'MARK_FINAL',
  'GRADE_INCOMPLETE',
  'STALE_GRADE',
  'MARKERS_TAKEN',
  'REASON_REQUIRED',
  'NOT_AWAITING_GRADE',
  'NO_AGREED_GRADE',
  'NOT_YOUR_COHORT',
  'INVALID_ASSIGNMENT',
  'RUBRIC_IN_USE',
  'ASSIGNMENT_HAS_SUBMISSIONS',
  'COHORT_OTHER_TRACK',
  'EXTENSION_IN_PAST',
  'EXTENSION_NOT_LATER',
] as const;
type Reason = (typeof REASONS)[number];

const isReason = (value: string | undefined): value is Reason =>
  value !== undefined && (REASONS as readonly string[]).includes(value);

/**
 * The translated sentence for a failed assignments or grading request. File reasons that depend
 * on the assignment (type, size) name its own limits when `limits` is given; anything else falls
 * back to the catalogue's and then the portal's sentences.
 */
export function useAssignmentErrorMessage(limits?: { types: string; size: string }) {
  const { t } = useTranslation();
  const fallback = useCatalogueErrorMessage();
  return (error: unknown): string => {
    if (!isApiError(error)) return fallback(error);
    if (limits && error.reason === 'FILE_TYPE_NOT_ALLOWED') return t('assignments.files.typeRefused', limits);
    if (limits && error.reason === 'FILE_TOO_LARGE') return t('assignments.files.tooLarge', limits);
    if (isReason(error.reason)) return t(`assignments.errors.${error.reason}`);
    return fallback(error);
  };
}

/** True for the answer that means "someone changed this since you read it". */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'CONFLICT';
}

/** True when the API says the thing does not exist, or is not the reader's to know about. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.code === 'NOT_FOUND';
}

export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.code === 'FORBIDDEN';
}
