import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact, exact } from '../../../src/kpi/exact.ts';

describe('Exact', () => {
  it('round-trips every finite number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(exact(x).toNumber()).toBe(x === 0 ? 0 : x);
    }));
  });

  it('reads a typed decimal as the exact fraction', () => {
    expect(exact(0.1).plus(0.2).compare(0.3)).toBe(0);
    expect(exact(0.03).times(100).compare(3)).toBe(0);
  });

  it('rounds a quotient to the nearest number, ties to even', () => {
    expect(exact(1).dividedBy(3).toNumber()).toBe(1 / 3);
    expect(exact(2).dividedBy(3).toNumber()).toBe(2 / 3);
    expect(exact(2 ** 53 + 1).toNumber()).toBe(2 ** 53);
    expect(exact(1e9).dividedBy(3).toNumber()).toBe(1e9 / 3);
    expect(exact(-7).dividedBy(2).toNumber()).toBe(-3.5);
  });

  it('agrees with float division to one rounding for ordinary magnitudes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        expect(exact(a).dividedBy(b).toNumber()).toBe(a / b);
      }),
    );
  });

  it('keeps huge and tiny intermediate values exact', () => {
    expect(exact(1e308).times(10).dividedBy(100).toNumber()).toBe(1e307);
    // 5e-324 reads as exactly 5 × 10⁻³²⁴, a little above the smallest number, so half of it rounds up.
    expect(exact(5e-324).dividedBy(4).toNumber()).toBe(0);
    expect(exact(5e-324).dividedBy(2).toNumber()).toBe(5e-324);
    expect(exact(5e-324).times(3).dividedBy(2).toNumber()).toBe(1e-323);
    expect(exact(1e308).times(10).toNumber()).toBe(Infinity);
    expect(exact(-1e308).times(10).toNumber()).toBe(-Infinity);
  });

  it('never produces negative zero', () => {
    expect(Object.is(exact(-5e-324).dividedBy(4).toNumber(), 0)).toBe(true);
    expect(Object.is(exact(-0).toNumber(), 0)).toBe(true);
  });

  it('sums and multiplies lists', () => {
    expect(Exact.sum([10, 20, 30, 100]).toNumber()).toBe(160);
    expect(Exact.sum([]).toNumber()).toBe(0);
    expect(Exact.product([0.98, 0.97, 0.99, 0.82]).compare(0.77169708)).toBe(0);
    expect(Exact.product([]).toNumber()).toBe(1);
  });

  it('refuses to divide by zero or read a non-finite number', () => {
    expect(() => exact(1).dividedBy(0)).toThrow(RangeError);
    expect(() => exact(Number.NaN)).toThrow(RangeError);
    expect(() => exact(Infinity)).toThrow(RangeError);
  });
});
