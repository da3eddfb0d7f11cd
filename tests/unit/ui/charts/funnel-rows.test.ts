import { describe, expect, it } from 'vitest';
import { funnelRows } from '../../../../src/ui/charts/funnel-rows.ts';

describe('funnel rows', () => {
  it('gives each stage its share of the first stage and of the previous one', () => {
    const rows = funnelRows([
      { name: 'a', value: 10000 },
      { name: 'b', value: 3200 },
      { name: 'c', value: 1440 },
    ]);
    expect(rows.map((row) => [row.shareOfFirst, row.shareOfPrevious])).toEqual([
      [1, null],
      [0.32, 0.32],
      [0.144, 0.45],
    ]);
  });

  it('has no share after a stage of 0', () => {
    const rows = funnelRows([
      { name: 'a', value: 0 },
      { name: 'b', value: 0 },
    ]);
    expect(rows.map((row) => [row.shareOfFirst, row.shareOfPrevious])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
