import { useErrorMessage } from '../../lib/errors';
import { isApiError } from '../../lib/api';

/**
 * The translated sentence for a failed assignments or grading request: every reason has its one
 * sentence under `refusals.*`, naming what the API named in its params (file, limit, module).
 */
export const useAssignmentErrorMessage = useErrorMessage;

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
