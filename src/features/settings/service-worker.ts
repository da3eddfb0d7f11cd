import { afterFirstLoad } from '../../ui/after-first-load.ts';

/**
 * Starts the service worker once the page has loaded and the browser is idle, so the first visit
 * pays nothing for offline support: the registration code, workbox-window and the update notice
 * all arrive in a chunk of their own. Without service worker support, or in the SCORM build,
 * this does nothing.
 */
export function registerServiceWorkerWhenIdle(): void {
  // A SCORM package runs inside the LMS's pages: no service worker there (the build has none).
  if (import.meta.env.MODE === 'scorm' || !('serviceWorker' in navigator)) return;
  afterFirstLoad(() => void import('./update-notice.tsx').then((module) => module.startServiceWorker()));
}
