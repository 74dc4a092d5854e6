import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../features/locale/LanguageSwitch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useLogout, useSessionUser } from '../features/session/session';
import { navigationFor } from './navigation';

/** How long focus waits for the heading of a page whose code is still loading. */
const HEADING_WAIT_MS = 10_000;

/**
 * Wraps every route. After a client-side navigation, focus moves to the new page's heading so
 * keyboard and screen-reader users start reading there (the first load keeps the browser's focus).
 * A page opened for the first time arrives as its own chunk and shows its heading a moment later:
 * focus then waits for the heading to appear.
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      heading?.focus();
      return !!heading;
    };
    let observer: MutationObserver | undefined;
    const frame = requestAnimationFrame(() => {
      if (focusHeading()) return;
      observer = new MutationObserver(() => {
        if (focusHeading()) observer?.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const timeout = setTimeout(() => observer?.disconnect(), HEADING_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
      observer?.disconnect();
    };
  }, [pathname]);
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

function Footer() {
  const { t } = useTranslation();
  return <footer className="site-footer">{t('app.footer')}</footer>;
}

/**
 * Login and the e-mail link pages: brand, language switch and one centred card. `wide` is for
 * the public catalogue and intake form, which need the width of a page.
 */
export function PublicLayout({ wide = false }: { wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <SkipLink />
      <header className="site-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className={wide ? 'public-main public-main-wide' : 'public-main'} tabIndex={-1}>
        <div className={wide ? 'public-wide' : 'card public-card'}>
          <Outlet />
        </div>
      </main>
      <Footer />
    </div>
  );
}

/** The signed-in portal: header, the menu for the user's roles, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const logout = useLogout();
  const groups = navigationFor(user.roles);

  return (
    <div className="app-layout">
      <SkipLink />
      <header className="site-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="header-tools">
          <NotificationBell />
          <LanguageSwitch />
          <p className="signed-in-as">
            <span className="visually-hidden">{t('app.signedInAs')} </span>
            <span data-testid="user-name">{user.name}</span>
          </p>
          <button type="button" className="button button-secondary" onClick={() => void logout()}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav className="sidebar" aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
          </ul>
          {groups.map(({ role, sections }) => (
            <div key={role} className="nav-group">
              <p className="nav-group-label" id={`nav-${role}`}>
                {t(`nav.groups.${role}`)}
              </p>
              <ul className="nav-list" aria-labelledby={`nav-${role}`}>
                {sections.map((section) => (
                  <li key={section.key}>
                    <NavLink to={section.path}>{t(`sections.${section.key}.label`)}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </div>
  );
}
