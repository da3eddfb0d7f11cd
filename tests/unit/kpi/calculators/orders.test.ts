import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../../src/kpi/compute.ts';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('order cycle time', () => {
  it('lets an outlier pull the mean (40) but not the median (25)', () => {
    expectValue('orderCycleTimeAvg', { durationsHours: [10, 20, 30, 100] }, 40);
    expectValue('orderCycleTimeMedian', { durationsHours: [10, 20, 30, 100] }, 25);
  });

  it('sorts before taking the median', () => {
    expectValue('orderCycleTimeMedian', { durationsHours: [100, 10, 30, 20] }, 25);
    expectValue('orderCycleTimeMedian', { durationsHours: [48, 2, 24] }, 24);
    expectValue('orderCycleTimeMedian', { durationsHours: [7] }, 7);
  });

  it('leaves the learner’s list untouched', () => {
    const durationsHours = [100, 10, 30, 20];
    computeKpi('orderCycleTimeMedian', { durationsHours });
    expect(durationsHours).toEqual([100, 10, 30, 20]);
  });

  it('rejects an empty list, a negative duration and a non-number entry', () => {
    for (const id of ['orderCycleTimeAvg', 'orderCycleTimeMedian']) {
      expectFailure(id, { durationsHours: [] }, 'empty_input', 'durationsHours');
      expectFailure(id, { durationsHours: [5, -1] }, 'negative_input', 'durationsHours');
      expectFailure(id, { durationsHours: [5, '6'] }, 'invalid_input', 'durationsHours');
      expectFailure(id, { durationsHours: [5, Number.NaN] }, 'invalid_input', 'durationsHours');
      expectFailure(id, { durationsHours: 5 }, 'invalid_input', 'durationsHours');
    }
  });

  it('says which entry is negative', () => {
    const result = computeKpi('orderCycleTimeAvg', { durationsHours: [5, 6, -1] });
    expect(result).toMatchObject({ message: { en: expect.stringContaining('Entry 3') } });
  });

  it('keeps the mean between the smallest and largest duration, even near the largest number', () => {
    expectValue('orderCycleTimeAvg', { durationsHours: [1.7e308, 1.7e308] }, 1.7e308, 0);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 50 }), (list) => {
        for (const id of ['orderCycleTimeAvg', 'orderCycleTimeMedian']) {
          const result = computeKpi(id, { durationsHours: list });
          expect(result.ok).toBe(true);
          if (!result.ok) continue;
          expect(result.value).toBeGreaterThanOrEqual(Math.min(...list));
          expect(result.value).toBeLessThanOrEqual(Math.max(...list));
        }
      }),
    );
  });
});

describe('complaintRate', () => {
  const id = 'complaintRate';

  it('divides complaints by orders', () => {
    expectValue(id, { complaints: 40, orders: 1000 }, 4);
    expectValue(id, { complaints: 28, orders: 1000 }, 2.8);
  });

  it('rejects zero orders and more complaints than orders', () => {
    expectFailure(id, { complaints: 0, orders: 0 }, 'division_by_zero', 'orders');
    expectFailure(id, { complaints: 11, orders: 10 }, 'complaints_exceed_orders', 'complaints');
  });
});

describe('orderAccuracy', () => {
  const id = 'orderAccuracy';

  it('divides accurate orders by all orders', () => {
    expectValue(id, { accurateOrders: 475, totalOrders: 500 }, 95);
    expectValue(id, { accurateOrders: 270, totalOrders: 300 }, 90);
  });

  it('rejects zero orders and more accurate orders than orders', () => {
    expectFailure(id, { accurateOrders: 0, totalOrders: 0 }, 'division_by_zero', 'totalOrders');
    expectFailure(id, { accurateOrders: 501, totalOrders: 500 }, 'accurate_exceeds_total', 'accurateOrders');
  });
});

describe('perfectOrderRate', () => {
  const id = 'perfectOrderRate';

  it('gives 77.169708 % for the APQC example, not the truncated 77.16', () => {
    expectValue(id, { componentRatesPct: [98, 97, 99, 82] }, 77.169708, 1e-9);
    expectValue(id, { componentRatesPct: [99.95, 99.2, 96, 99, 99.8] }, 94.04, 0.005);
  });

  it('rejects an empty list and a rate outside 0–100', () => {
    expectFailure(id, { componentRatesPct: [] }, 'empty_input', 'componentRatesPct');
    expectFailure(id, { componentRatesPct: [98, 101] }, 'out_of_range', 'componentRatesPct');
    expectFailure(id, { componentRatesPct: [98, -1] }, 'out_of_range', 'componentRatesPct');
  });
});
