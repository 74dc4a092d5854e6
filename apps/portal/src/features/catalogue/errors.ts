import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';

/**
 * The catalogue's translated sentence for a failed request. Reasons are translated once, for
 * the whole portal (`refusals.*`); a cycle also names its modules, which the API marked on the field.
 */
export function useCatalogueErrorMessage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  return (error: unknown): string => {
    if (isApiError(error) && error.reason === 'PREREQUISITE_CYCLE' && error.fields.prerequisiteIds) {
      return t('catalogueErrors.cycle', { cycle: error.fields.prerequisiteIds });
    }
    return errorText(error);
  };
}

/**
 * Field name → translated message for the fields a failed request names. `messages` gives the
 * form's own wording per field; a field it does not know gets a general "check this field".
 */
export function fieldMessages(
  t: TFunction,
  error: unknown,
  messages: Partial<Record<string, string>>,
): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(
    Object.keys(error.fields).map((field) => [field, messages[field] ?? t('errors.field.other')]),
  );
}
