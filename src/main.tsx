// First, in the LMS package: connect to the LMS, so the progress store loads this learner's progress.
import './lms/boot.ts';
// Then the learner's colour scheme and text size go on <html> before anything renders.
import './features/settings/apply-display.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startProgressWiring } from './app/progress-wiring.ts';
import { preloadRoute } from './app/routes.tsx';
import { registerServiceWorkerWhenIdle } from './features/settings/service-worker.ts';
import { startLmsAdapter } from './lms/start.ts';
import './app/styles.css';

startProgressWiring();
// The SCORM package reports to the LMS that launched it (and may open at the learner's bookmark).
if (import.meta.env.MODE === 'scorm') startLmsAdapter();

// Under the SCORM package's hash routing the route is the hash, less any query or fragment after it.
preloadRoute(import.meta.env.MODE === 'scorm' ? window.location.hash.slice(1).replace(/[?#].*$/, '') : window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// No service worker inside an LMS: the package's files belong to the LMS's origin and folder.
if (import.meta.env.MODE !== 'scorm') registerServiceWorkerWhenIdle();
