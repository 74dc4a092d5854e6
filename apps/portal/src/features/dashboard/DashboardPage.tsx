import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { navigationFor } from '../../app/navigation';
import { Page } from '../../lib/ui';
import { useSessionUser } from '../session/session';

/** The home page: a greeting, then per role what the user can do, each linking to its section. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const groups = navigationFor(user.roles);
  return (
    <Page title={t('dashboard.greeting', { name: user.name })}>
      {groups.length > 0 && (
        <p className="lead">
          {t('dashboard.yourRoles', { roles: groups.map((g) => t(`roles.${g.role}`)).join(', ') })}
        </p>
      )}
      {groups.map(({ role, sections }) => (
        <section key={role} className="dashboard-group" aria-labelledby={`dashboard-${role}`}>
          <h2 id={`dashboard-${role}`}>{t(`nav.groups.${role}`)}</h2>
          <p>{t(`dashboard.intro.${role}`)}</p>
          <ul className="card-grid">
            {sections.map((section) => (
              <li key={section.key} className="card link-card">
                <Link to={section.path}>{t(`sections.${section.key}.label`)}</Link>
                <p>{t(`sections.${section.key}.description`)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
