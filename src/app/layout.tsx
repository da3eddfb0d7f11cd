import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { course } from '../course/course.ts';
import { StorageNotice } from '../features/progress/storage-notice.tsx';
import { DisplaySettings } from '../features/settings/display-settings.tsx';
import { useT } from '../i18n/use-t.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { RouteLoading } from './route-loading.tsx';
import './print.css';

/** The frame around every page: skip link, header with navigation and language, main landmark. */
export function Layout() {
  const { t, locale } = useT();
  const { pathname } = useLocation();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = course.title[locale];
  }, [locale]);

  useEffect(() => {
    if (!window.location.hash && !pathname.startsWith('/learn/')) window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {course.title[locale]}
        </Link>
        <nav aria-label={t('app.nav.label')} className="site-nav">
          <Link to="/">{t('app.nav.home')}</Link>
          <Link to="/calculators">{t('calculators.nav')}</Link>
          <Link to="/progress">{t('progress.nav')}</Link>
        </nav>
        <LanguageSwitch />
        <DisplaySettings />
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotice />
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
