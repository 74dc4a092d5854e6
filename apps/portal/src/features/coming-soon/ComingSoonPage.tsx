import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SectionKey } from '../../app/navigation';
import { Page } from '../../lib/ui';

/** A section that is planned but not built yet: a clear empty state instead of a broken link. */
export function ComingSoonPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`sections.${section}.label`)}>
      <div className="empty-state">
        <p className="badge">{t('comingSoon.badge')}</p>
        <p>{t('comingSoon.message')}</p>
        <p>
          {t('comingSoon.willDo')} {t(`sections.${section}.description`)}
        </p>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </div>
    </Page>
  );
}
