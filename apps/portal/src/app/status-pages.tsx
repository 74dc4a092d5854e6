import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMeQuery } from '../features/session/session';
import { Page } from '../lib/ui';

function BackLink() {
  const { t } = useTranslation();
  const me = useMeQuery().data;
  return (
    <p>
      <Link to={me ? '/' : '/login'}>{me ? t('app.backHome') : t('auth.backToLogin')}</Link>
    </p>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.message')}</p>
      <BackLink />
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <p>{t('forbidden.message')}</p>
      <BackLink />
    </Page>
  );
}
