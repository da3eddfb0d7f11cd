import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Scrolls to and focuses `ref` when the URL's hash names `id`. The lesson renders after its
 * chapter has loaded, too late for the browser's own jump to the fragment.
 */
export function useHashTarget(id: string, ref: RefObject<HTMLElement | null>): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash !== `#${id}`) return;
    const element = ref.current;
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [hash, id, ref]);
}
