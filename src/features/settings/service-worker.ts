/**
 * Starts the service worker once the page has loaded and the browser is idle, so the first visit
 * pays nothing for offline support: the registration code, workbox-window and the update notice
 * all arrive in a chunk of their own. Without service worker support this does nothing.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    idle(() => {
      void import('./update-notice.tsx').then((module) => module.startServiceWorker());
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
