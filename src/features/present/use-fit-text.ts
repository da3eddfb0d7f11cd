import { useLayoutEffect, type RefObject } from 'react';

/** The smallest share of the stage's base font size text may shrink to (still readable projected). */
export const MIN_FIT = 0.65;
const STEP = 0.05;

/** The scales text may take, largest first: 1, 0.95, … down to `MIN_FIT`. */
export const FIT_SCALES: readonly number[] = Array.from(
  { length: Math.round((1 - MIN_FIT) / STEP) + 1 },
  (_, i) => Math.round((1 - i * STEP) * 100) / 100,
);

/**
 * The largest of `scales` (largest first) at which `fits` holds, given that text which fits at
 * one scale fits at every smaller one; the smallest scale when none fits. Each `fits` costs a
 * layout of the slide, so: full size first (most short slides), then the smallest (dense slides
 * with a quiz or a calculator often overflow even there and scroll), then bisection between.
 */
export function largestFitting(scales: readonly number[], fits: (scale: number) => boolean): number {
  const last = scales.length - 1;
  if (fits(scales[0]!)) return scales[0]!;
  if (last === 0 || !fits(scales[last]!)) return scales[last]!;
  let lo = 1;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(scales[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return scales[hi]!;
}

/**
 * Shrinks a slide's text (the `--fit` custom property on `box`) until `content` fits the stage,
 * down to `MIN_FIT`; beyond that the stage scrolls. Refits when the stage or the content changes
 * size (a resized window, a calculator showing its result, a web font arriving), and only then:
 * every fit lays the slide out again, and a slide change has to reach the screen within a frame.
 */
export function useFitText(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const inner = content.current;
    const setScale = (scale: number) => element.style.setProperty('--fit', String(scale));
    const fits = (scale: number) => {
      setScale(scale);
      return element.scrollHeight <= element.clientHeight + 1;
    };
    // The sizes the last fit left behind; what the fit itself changes is no reason to fit again.
    const sizes = () => `${element.clientWidth}×${element.clientHeight} ${inner?.offsetWidth}×${inner?.offsetHeight}`;
    let fitted = '';
    const fit = () => {
      setScale(largestFitting(FIT_SCALES, fits));
      fitted = sizes();
    };
    const refit = () => {
      if (sizes() !== fitted) fit();
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    if (inner) observer.observe(inner);
    return () => observer.disconnect();
  }, [box, content]);
}
