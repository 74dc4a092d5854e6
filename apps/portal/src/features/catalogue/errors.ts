import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';

/** The reasons the catalogue, learning and file endpoints give, each with its own sentence. */
const REASONS = [
  'NO_LESSONS',
  'DRAFT_PREREQUISITES',
  'REQUIRED_BY_PUBLISHED_MODULE',
  'REQUIRED_BY_MODULE',
  'MODULE_PUBLISHED',
  'PREREQUISITE_CYCLE',
  'LAST_LESSON',
  'LESSON_LOCKED',
  'MODULE_LOCKED',
  'NOT_ENROLLED',
  'ALREADY_ENROLLED',
  'REQUIRED_TRACK_NOT_COMPLETED',
  'TRACK_NOT_PUBLISHED',
  'TRACK_CODE_TAKEN',
  'TRACK_REQUIREMENT_CYCLE',
  'NOT_A_PERMUTATION',
  'ACCOUNT_DEACTIVATED',
  'CSV_FILE_INVALID',
  'CSV_HAS_PROBLEMS',
  'PREVIEW_OUTDATED',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_EMPTY',
  'FILE_CONTENT_MISMATCH',
  'NO_FILE',
  'NOT_MULTIPART',
] as const;
type Reason = (typeof REASONS)[number];

const isReason = (value: string | undefined): value is Reason =>
  value !== undefined && (REASONS as readonly string[]).includes(value);

/** The catalogue's translated sentence for a failed request; anything else falls back to the portal's. */
export function useCatalogueErrorMessage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  return (error: unknown): string => {
    if (isApiError(error) && isReason(error.reason)) {
      // A cycle names its modules in the field the API marked; the sentence repeats them.
      if (error.reason === 'PREREQUISITE_CYCLE') {
        return t('catalogueErrors.cycle', { cycle: error.fields.prerequisiteIds ?? '' });
      }
      return t(`catalogueErrors.reason.${error.reason}`);
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
