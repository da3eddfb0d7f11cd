import { useCallback } from 'react';

/** Toggles the whole page in and out of full screen (Fullscreen API; a no-op where it is missing). */
export function useFullscreen(): () => void {
  return useCallback(() => {
    const root = document.documentElement;
    if (document.fullscreenElement) {
      void document.exitFullscreen?.().catch(() => undefined);
    } else if (typeof root.requestFullscreen === 'function') {
      void root.requestFullscreen().catch(() => undefined);
    }
  }, []);
}
