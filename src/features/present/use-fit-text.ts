import { useLayoutEffect, type RefObject } from 'react';

/** The smallest share of the stage's base font size text may shrink to (still readable projected). */
export const MIN_FIT = 0.65;
const STEP = 0.05;

/**
 * Shrinks a slide's text (the `--fit` custom property on `box`) in small steps until `content`
 * fits the stage, down to `MIN_FIT`; beyond that the stage scrolls. Refits when the stage is
 * resized or the content changes size (a calculator showing its result).
 */
export function useFitText(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const fit = () => {
      let scale = 1;
      element.style.setProperty('--fit', '1');
      while (scale > MIN_FIT && element.scrollHeight > element.clientHeight + 1) {
        scale = Math.max(MIN_FIT, Math.round((scale - STEP) * 100) / 100);
        element.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    if (content.current) observer.observe(content.current);
    void document.fonts?.ready.then(fit);
    return () => observer.disconnect();
  }, [box, content]);
}
