import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';

import type { CohortRefusal } from '../../gql/graphql';
import { refusalSentence } from '../../lib/refusals';

export const hasReason = (error: unknown, reason: CohortRefusal) => isApiError(error) && error.reason === reason;

/** The cohorts' translated sentence for a failed request; anything else falls back to the portal's. */
export function useCohortErrorMessage() {
  return useErrorMessage();
}

/**
 * Field name → message for the fields a failed request names: the reason's sentence when there
 * is one (it names the problem), else the form's own wording for the field, else "check this field".
 */
export function useCohortFieldErrors() {
  const { t, i18n } = useTranslation();
  return (error: unknown, messages: Partial<Record<string, string>> = {}): Record<string, string> => {
    if (!isApiError(error)) return {};
    const byReason = refusalSentence(t, i18n.language, error);
    return Object.fromEntries(
      Object.keys(error.fields).map((field) => [field, byReason ?? messages[field] ?? t('errors.field.other')]),
    );
  };
}
