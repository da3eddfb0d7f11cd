import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../src/sync/backoff.ts';

describe('backoffDelay', () => {
  it('doubles the ceiling with each failure, from 2 s, and never passes 5 minutes', () => {
    const ceilings = [1, 2, 3, 4, 5, 8, 9, 50].map((n) => backoffDelay(n, () => 1));
    expect(ceilings).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 256_000, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
  });

  it('jitters between half and all of the ceiling', () => {
    expect(backoffDelay(3, () => 0)).toBe(4_000);
    expect(backoffDelay(3, () => 0.5)).toBe(6_000);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(4);
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(16_000);
    }
  });

  it('treats zero or fewer failures as the first', () => {
    expect(backoffDelay(0, () => 1)).toBe(BACKOFF_BASE_MS);
  });
});
