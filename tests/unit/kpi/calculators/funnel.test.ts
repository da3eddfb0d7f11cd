import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../../src/kpi/compute.ts';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('conversionRate', () => {
  const id = 'conversionRate';

  it('divides conversions by visitors', () => {
    expectValue(id, { visitors: 10000, conversions: 500 }, 5);
    expectValue(id, { visitors: 10, conversions: 10 }, 100);
  });

  it('keeps a one-in-a-billion rate instead of rounding it to 0', () => {
    const result = computeKpi(id, { visitors: 1e9, conversions: 1 });
    expect(result).toEqual({ ok: true, value: 1e-7, unit: 'percent' });
  });

  it('rejects zero visitors and more conversions than visitors', () => {
    expectFailure(id, { visitors: 0, conversions: 0 }, 'division_by_zero', 'visitors');
    expectFailure(id, { visitors: 10, conversions: 11 }, 'conversions_exceed_visitors', 'conversions');
  });
});

describe('funnelStepConversion', () => {
  const id = 'funnelStepConversion';

  it('gives the worked example’s step rates', () => {
    expectValue(id, { entered: 10000, completed: 3200 }, 32);
    expectValue(id, { entered: 3200, completed: 1440 }, 45);
    expectValue(id, { entered: 1440, completed: 360 }, 25);
  });

  it('rejects nobody entering and more completing than entering', () => {
    expectFailure(id, { entered: 0, completed: 0 }, 'division_by_zero', 'entered');
    expectFailure(id, { entered: 10, completed: 12 }, 'stage_exceeds_previous', 'completed');
  });
});

describe('funnelOverallConversion', () => {
  const id = 'funnelOverallConversion';

  it('multiplies the step rates: 10,000 → 3,200 → 1,440 → 360 is 3.6 %', () => {
    expectValue(id, { stages: [10000, 3200, 1440, 360] }, 3.6);
  });

  it('accepts a zero middle stage as 0 %', () => {
    expectValue(id, { stages: [1000, 0, 0] }, 0);
  });

  it('rejects short, empty-topped and widening funnels', () => {
    expectFailure(id, { stages: [100] }, 'insufficient_stages', 'stages');
    expectFailure(id, { stages: [] }, 'insufficient_stages', 'stages');
    expectFailure(id, { stages: [0, 0] }, 'division_by_zero', 'stages');
    expectFailure(id, { stages: [100, 50, 60] }, 'stage_exceeds_previous', 'stages');
    expectFailure(id, { stages: [100, -5] }, 'negative_input', 'stages');
  });

  it('says which stage widens the funnel', () => {
    const result = computeKpi(id, { stages: [100, 50, 60] });
    expect(result).toMatchObject({ message: { en: expect.stringContaining('Stage 3') } });
  });

  it('equals the product of the step rates', () => {
    const funnel = fc
      .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 })
      .chain((shares) => fc.integer({ min: 1, max: 1e9 }).map((top) => ({ top, shares })));
    fc.assert(
      fc.property(funnel, ({ top, shares }) => {
        const stages = shares.reduce((list, share) => [...list, (list.at(-1) ?? top) * share], [top]);
        const product = stages.slice(1).reduce((total, stage, index) => {
          const step = computeKpi('funnelStepConversion', { entered: stages[index], completed: stage });
          return step.ok ? (total * step.value) / 100 : Number.NaN;
        }, 100);
        const overall = computeKpi(id, { stages });
        expect(overall.ok).toBe(true);
        if (overall.ok) expect(Math.abs(overall.value - product)).toBeLessThanOrEqual(1e-9 * Math.max(1, product));
      }),
    );
  });
});
