import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useCatalogueErrorMessage } from '../catalogue/errors';

/**
 * The translated sentence for a failed assignments or grading request. File reasons that depend
 * on the assignment (type, size) name its own limits when `limits` is given; every other reason
 * has its one sentence under `refusals.*`.
 */
export function useAssignmentErrorMessage(limits?: { types: string; size: string }) {
  const { t } = useTranslation();
  const fallback = useCatalogueErrorMessage();
  return (error: unknown): string => {
    if (!isApiError(error)) return fallback(error);
    if (limits && error.reason === 'FILE_TYPE_NOT_ALLOWED') return t('assignments.files.typeRefused', limits);
    if (limits && error.reason === 'FILE_TOO_LARGE') return t('assignments.files.tooLarge', limits);
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
