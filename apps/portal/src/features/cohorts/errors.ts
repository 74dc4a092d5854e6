import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';

/** The reasons the cohorts API gives, each with its own sentence (cohorts.errors.reason.*). */
const REASONS = [
  'MIN_GREATER_THAN_MAX',
  'MIN_SIZE_TOO_SMALL',
  'MAX_SIZE_TOO_SMALL',
  'GROUP_COUNT_INVALID',
  'BOUNDS_MISSING',
  'POOL_TOO_SMALL',
  'NO_FEASIBLE_GROUP_COUNT',
  'NOT_IN_POOL',
  'DUPLICATE_STUDENT',
  'PIN_OUT_OF_RANGE',
  'PINNED_TWICE',
  'TOGETHER_AND_APART',
  'TOGETHER_TOO_LARGE',
  'TOGETHER_PINNED_APART',
  'ORGANISATION_REQUIRED',
  'UNKNOWN_ORGANISATION',
  'ORGANISATION_NOT_ALLOWED',
  'NOT_A_DOCENT',
  'GROUP_COUNT_MISMATCH',
  'NOT_IN_PROPOSAL',
  'GROUP_OUT_OF_RANGE',
  'POOL_CHANGED',
  'PROPOSAL_CLOSED',
  'ALREADY_IN_COHORT',
  'GROUP_TOO_SMALL',
  'GROUP_TOO_LARGE',
  'GROUP_COUNT',
  'NOT_PLACED',
  'PLACED_TWICE',
  'PIN_VIOLATED',
  'TOGETHER_VIOLATED',
  'APART_VIOLATED',
] as const;
export type CohortErrorReason = (typeof REASONS)[number];

export const isCohortReason = (value: string | undefined): value is CohortErrorReason =>
  value !== undefined && (REASONS as readonly string[]).includes(value);

export const hasReason = (error: unknown, reason: CohortErrorReason) => isApiError(error) && error.reason === reason;

/** The cohorts' translated sentence for a failed request; anything else falls back to the portal's. */
export function useCohortErrorMessage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  return (error: unknown): string =>
    isApiError(error) && isCohortReason(error.reason) ? t(`cohorts.errors.reason.${error.reason}`) : errorText(error);
}

/**
 * Field name → message for the fields a failed request names: the reason's sentence when there
 * is one (it names the problem), else the form's own wording for the field, else "check this field".
 */
export function useCohortFieldErrors() {
  const { t } = useTranslation();
  return (error: unknown, messages: Partial<Record<string, string>> = {}): Record<string, string> => {
    if (!isApiError(error)) return {};
    const byReason = isCohortReason(error.reason) ? t(`cohorts.errors.reason.${error.reason}`) : undefined;
    return Object.fromEntries(
      Object.keys(error.fields).map((field) => [field, byReason ?? messages[field] ?? t('errors.field.other')]),
    );
  };
}
