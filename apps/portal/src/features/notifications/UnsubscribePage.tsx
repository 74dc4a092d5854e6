import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { UnsubscribeDocument } from './notifications.documents';

/** /unsubscribe?token=… — the one-click link in every e-mail; no sign-in needed. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useMutation({ mutationFn: () => request(UnsubscribeDocument, { token }) });
  const { mutate } = unsubscribe;

  useEffect(() => {
    mutate();
  }, [mutate]);

  return (
    <Page title={t('notifications.unsubscribe.title')}>
      {unsubscribe.isPending || unsubscribe.isIdle ? (
        <Loading />
      ) : unsubscribe.error ? (
        <ErrorAlert message={errorText(unsubscribe.error)} />
      ) : (
        <p role="status">
          {t('notifications.unsubscribe.done', {
            kind: t(`notifications.kindLabels.${unsubscribe.data.unsubscribe}`),
          })}
        </p>
      )}
      <p>
        <Link to="/notifications/settings">{t('notifications.unsubscribe.settings')}</Link>
      </p>
    </Page>
  );
}
