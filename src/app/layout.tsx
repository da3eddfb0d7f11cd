import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { course } from '../course/course.ts';
import { DisplaySettings } from '../features/settings/display-settings.tsx';
import { useT } from '../i18n/use-t.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { RouteLoading } from './route-loading.tsx';
import { StorageNoticeSlot } from './storage-notice-slot.tsx';
import { SyncNoticeSlot } from './sync-notice-slot.tsx';
import './print.css';
import { setDocumentLanguage } from '../i18n/document-language.ts';
import { isFollowed } from '../features/lesson/followed-state.ts';

/** The frame around every page: skip link, header with navigation and language, main landmark. */
export function Layout() {
  const { t, locale } = useT();
  const { pathname, state } = useLocation();
  const followed = isFollowed(state);

  useEffect(() => setDocumentLanguage(locale), [locale]);

  useEffect(() => {
    // Under the SCORM package's hash routing the route itself sits in the hash: only a fragment after it counts.
    if (!window.location.hash.replace(/^#\/[^#]*/, '') && !pathname.startsWith('/learn/')) window.scrollTo(0, 0);
  }, [pathname]);

  // Focus that left with the previous page (the link just followed) goes to the main landmark, so
  // the next Tab continues in the new page; a page that places focus itself keeps it there.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    // The lesson's address following the reader's scrolling is no move to another page.
    if (followed) return;
    if (document.activeElement === null || document.activeElement === document.body) document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname, followed]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus rather than follow the link: under hash routing (the SCORM package) `#main` would be a route.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
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
        <StorageNoticeSlot />
        <SyncNoticeSlot />
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
