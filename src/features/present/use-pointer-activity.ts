import { useEffect, useState } from 'react';

/** How long the slide controls stay after the last pointer movement or touch. */
export const CONTROLS_LINGER_MS = 2500;

/**
 * Whether the pointer moved or a finger touched the page in the last moments: slide mode shows
 * its controls only then, so on a projector they never cover the slide.
 */
export function usePointerActivity(linger = CONTROLS_LINGER_MS): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), linger);
    };
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [linger]);
  return active;
}
