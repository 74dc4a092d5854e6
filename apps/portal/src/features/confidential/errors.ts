import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';

/**
 * The portal's error sentences, with one of the channel's own: a thread that is not there and
 * one the reader may not read get the same answer from the API, and the same sentence here.
 */
export function useConfidentialErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown) =>
    isApiError(error) && error.code === 'NOT_FOUND' && !error.reason
      ? t('confidential.notFound')
      : errorMessage(t, i18n.language, error);
}
