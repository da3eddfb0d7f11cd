import { describe, expect, it } from 'vitest';
import { FIT_SCALES, largestFitting, MIN_FIT } from './use-fit-text.ts';

describe('fitting a slide’s text', () => {
  it('tries scales from full size down to the minimum in steps of 0.05', () => {
    expect(FIT_SCALES).toEqual([1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65]);
    expect(FIT_SCALES.at(-1)).toBe(MIN_FIT);
  });

  it('finds the largest scale that fits, as stepping down would, with fewer layouts', () => {
    for (let needed = 0; needed < FIT_SCALES.length; needed++) {
      const tried: number[] = [];
      const fits = (scale: number) => {
        tried.push(scale);
        return scale <= FIT_SCALES[needed]!;
      };
      expect(largestFitting(FIT_SCALES, fits)).toBe(FIT_SCALES[needed]);
      expect(tried.length).toBeLessThanOrEqual(5);
    }
  });

  it('settles for the smallest scale after two layouts when nothing fits (the slide then scrolls)', () => {
    const tried: number[] = [];
    const fits = (scale: number) => {
      tried.push(scale);
      return false;
    };
    expect(largestFitting(FIT_SCALES, fits)).toBe(MIN_FIT);
    expect(tried).toEqual([1, MIN_FIT]);
  });

  it('lays out once for a slide that fits at full size', () => {
    let layouts = 0;
    const fits = () => {
      layouts += 1;
      return true;
    };
    expect(largestFitting(FIT_SCALES, fits)).toBe(1);
    expect(layouts).toBe(1);
  });
});
