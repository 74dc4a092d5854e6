import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';

/**
 * The translated sentence for a failed catalogue request. The catalogue has no wording of its
 * own any more: every reason has its sentence under `refusals.*`, naming what the API named in
 * the refusal's params (a prerequisite cycle lists its modules there, not in a field).
 */
export function useCatalogueErrorMessage() {
  return useErrorMessage();
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
