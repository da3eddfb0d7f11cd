/**
 * Runs `task` once the page has loaded and the browser is idle: for work the first screen does
 * not need, so it costs the first paint nothing (its code can arrive in a chunk of its own).
 */
export function afterFirstLoad(task: () => void): void {
  const start = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 10_000 });
    else setTimeout(task, 1000);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
