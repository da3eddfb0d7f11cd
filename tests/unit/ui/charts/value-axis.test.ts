import { describe, expect, it } from 'vitest';
import { valueAxisWidth } from '../../../../src/ui/charts/drawing-style.ts';

const page = { fontSize: 12, valueAxis: 64 };
const canvas = { fontSize: 30, valueAxis: 150 };
const grouped = (value: number) => new Intl.NumberFormat('en').format(Math.round(value));

describe('the value axis', () => {
  it('keeps its usual width for short labels', () => {
    expect(valueAxisWidth([{ values: [12, 48] }], grouped, page)).toBe(64);
    expect(valueAxisWidth([{ values: [12, 48] }], grouped, canvas)).toBe(150);
  });

  it('widens for the longest label, the top tick rounding up past the largest value included', () => {
    // "1,500,000": 9 characters at 0.6 em of 12 px, plus an em of room.
    expect(valueAxisWidth([{ values: [1_200_000] }], grouped, page)).toBe(Math.ceil(9 * 0.6 * 12 + 12));
    expect(valueAxisWidth([{ values: [1_200_000] }], grouped, canvas)).toBeGreaterThan(150);
  });

  it('counts negative values, units and Chinese characters', () => {
    const yuan = (value: number) => `${grouped(value)} 元`;
    expect(valueAxisWidth([{ values: [-90_000, 10] }], yuan, page)).toBe(Math.ceil((9 * 0.6 + 1) * 12 + 12));
  });
});
