import { useLayoutEffect, type RefObject } from 'react';
import { SLIDE_CANVAS } from '../../content/types.ts';

/**
 * Scales the fixed slide canvas to the room it has: sets `--canvas-scale` on `box` (the largest
 * scale at which the 1600 × 900 canvas fits inside it) before the first paint, and again whenever
 * the box is resized. The canvas is laid out once at its logical size; only this one number
 * changes from thumbnail to projector. Every canvas inside the box inherits it, so slide mode
 * measures its viewport once for all the slides it keeps rendered.
 */
export function useCanvasScale(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const apply = () => {
      const scale = Math.min(element.clientWidth / SLIDE_CANVAS.width, element.clientHeight / SLIDE_CANVAS.height);
      if (scale > 0) element.style.setProperty('--canvas-scale', String(scale));
    };
    apply();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
}
