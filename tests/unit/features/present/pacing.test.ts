import { describe, expect, it } from 'vitest';
import { parseSlideNumber } from '../../../../src/features/present/go-to-dialog.tsx';
import { formatElapsed, pace } from '../../../../src/features/present/pacing.ts';

const MIN = 60_000;

describe('pacing', () => {
  // 80 minutes over 16 slides: 5 minutes a slide; slide 5 (index 4) runs from minute 20 to 25.
  it('is on time within the slide’s planned window, with a minute’s grace', () => {
    expect(pace(22 * MIN, 4, 16, 80)).toEqual({ status: 'onTime', minutes: 0, from: 20, to: 25 });
    expect(pace(19.5 * MIN, 4, 16, 80).status).toBe('onTime');
    expect(pace(25.9 * MIN, 4, 16, 80).status).toBe('onTime');
  });

  it('says how far ahead or behind', () => {
    expect(pace(12 * MIN, 4, 16, 80)).toMatchObject({ status: 'ahead', minutes: 8 });
    expect(pace(31 * MIN, 4, 16, 80)).toMatchObject({ status: 'behind', minutes: 6 });
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});

describe('slide number entry', () => {
  it('accepts 1..total, full-width digits too', () => {
    expect(parseSlideNumber(' 3 ', 14)).toBe(3);
    expect(parseSlideNumber('１２', 14)).toBe(12);
    expect(parseSlideNumber('0', 14)).toBeNull();
    expect(parseSlideNumber('15', 14)).toBeNull();
    expect(parseSlideNumber('2.5', 14)).toBeNull();
    expect(parseSlideNumber('', 14)).toBeNull();
  });
});
