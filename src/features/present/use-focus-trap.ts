import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
}

/**
 * Modal focus: moves focus into `ref` (to a `data-autofocus` element, else the first control),
 * keeps Tab and Shift+Tab inside, closes on Escape (or `closeKeys`), and gives focus back to where it was.
 */
export function useFocusTrap(ref: RefObject<HTMLElement | null>, onClose: () => void, closeKeys: readonly string[] = ['Escape']): void {
  const close = useRef({ onClose, closeKeys });
  useEffect(() => {
    close.current = { onClose, closeKeys };
  });

  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const initial = root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
    initial.focus();

    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof Element && event.target.closest('input, textarea, select') !== null;
      if (close.current.closeKeys.includes(event.key) && (event.key === 'Escape' || !typing)) {
        event.preventDefault();
        event.stopPropagation();
        close.current.onClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(root);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      if (previous?.isConnected && previous !== document.body) previous.focus({ preventScroll: true });
    };
  }, [ref]);
}
