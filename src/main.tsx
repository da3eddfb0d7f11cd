// First, in the LMS package: connect to the LMS, so the progress store loads this learner's progress.
import './lms/boot.ts';
// Then the learner's colour scheme and text size go on <html> before anything renders.
import './features/settings/apply-display.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startProgressWiring } from './app/progress-wiring.ts';
import { preloadRoute } from './app/routes.tsx';
import { registerServiceWorkerWhenIdle } from './features/settings/service-worker.ts';
import { useLocaleStore } from './i18n/locale-store.ts';
import { startLmsAdapter } from './lms/start.ts';
import { afterFirstLoad } from './ui/after-first-load.ts';
import { shareLocale } from './i18n/share-locale.ts';
import './app/styles.css';

startProgressWiring();
// The SCORM package reports to the LMS that launched it (and may open at the learner's bookmark).
if (import.meta.env.MODE === 'scorm') startLmsAdapter();

// Under the SCORM package's hash routing the route is the hash, less any query or fragment after it.
const firstRoute = preloadRoute(import.meta.env.MODE === 'scorm' ? window.location.hash.slice(1).replace(/[?#].*$/, '') : window.location.pathname);

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (container.dataset.locale !== undefined && container.dataset.locale === useLocaleStore.getState().locale) {
  // The page came prerendered and is on screen already: once its code and chapter are in, React
  // takes over the markup as it is.
  void firstRoute.then(() => hydrateRoot(container, app));
} else {
  // The app shell, or a page in another language than the learner's: render afresh.
  createRoot(container).render(app);
}

// The server and the service worker choose prerendered pages by the learner's language (for the
// next visit: this page is in it already).
if (import.meta.env.MODE !== 'scorm') afterFirstLoad(shareLocale);

// No service worker inside an LMS: the package's files belong to the LMS's origin and folder.
if (import.meta.env.MODE !== 'scorm') registerServiceWorkerWhenIdle();
