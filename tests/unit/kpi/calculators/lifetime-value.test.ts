import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../../src/kpi/compute.ts';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('ltvChurn', () => {
  const id = 'ltvChurn';

  it('gives 1,166.67 for ARPU 50, margin 70 % and churn 3 %', () => {
    expectValue(id, { arpu: 50, grossMarginPct: 70, churnRatePct: 3 }, 3500 / 3);
  });

  it('gives one period of margin at 100 % churn and a huge value at tiny churn', () => {
    expectValue(id, { arpu: 50, grossMarginPct: 70, churnRatePct: 100 }, 35);
    expectValue(id, { arpu: 50, grossMarginPct: 70, churnRatePct: 0.001 }, 3500000, 1e-6);
  });

  it('rejects zero churn and percentages outside 0–100', () => {
    expectFailure(id, { arpu: 50, grossMarginPct: 70, churnRatePct: 0 }, 'division_by_zero', 'churnRatePct');
    expectFailure(id, { arpu: 50, grossMarginPct: 101, churnRatePct: 3 }, 'out_of_range', 'grossMarginPct');
    expectFailure(id, { arpu: 50, grossMarginPct: -1, churnRatePct: 3 }, 'out_of_range', 'grossMarginPct');
    expectFailure(id, { arpu: 50, grossMarginPct: 70, churnRatePct: 100.5 }, 'out_of_range', 'churnRatePct');
  });
});

describe('ltvLifetime', () => {
  const id = 'ltvLifetime';

  it('multiplies ARPU, margin and lifetime', () => {
    expectValue(id, { arpu: 50, grossMarginPct: 100, lifetimePeriods: 20 }, 1000);
    expectValue(id, { arpu: 50, grossMarginPct: 70, lifetimePeriods: 0 }, 0);
  });

  it('agrees with the churn method when lifetime is 1 ÷ churn', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (arpu, grossMarginPct, churnRatePct) => {
          const lifetime = computeKpi('customerLifetime', { churnRatePct });
          if (!lifetime.ok) throw new Error(lifetime.message.en);
          const byLifetime = computeKpi(id, { arpu, grossMarginPct, lifetimePeriods: lifetime.value });
          const byChurn = computeKpi('ltvChurn', { arpu, grossMarginPct, churnRatePct });
          if (!byLifetime.ok || !byChurn.ok) throw new Error('LTV failed');
          expect(Math.abs(byLifetime.value - byChurn.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, byChurn.value));
        },
      ),
    );
  });

  it('rejects a negative lifetime', () => {
    expectFailure(id, { arpu: 50, grossMarginPct: 70, lifetimePeriods: -1 }, 'negative_input', 'lifetimePeriods');
  });
});

describe('ltvCacRatio', () => {
  const id = 'ltvCacRatio';

  it('divides LTV by CAC', () => {
    expectValue(id, { ltv: 1500, cac: 500 }, 3);
  });

  it('rejects zero and negative CAC', () => {
    expectFailure(id, { ltv: 1500, cac: 0 }, 'division_by_zero', 'cac');
    expectFailure(id, { ltv: 1500, cac: -1 }, 'negative_input', 'cac');
  });
});

describe('cacPaybackMonths', () => {
  const id = 'cacPaybackMonths';

  it('gives the worked examples: 8, 15 and 8.55 months', () => {
    expectValue(id, { cac: 600, monthlyArpu: 100, grossMarginPct: 75 }, 8);
    expectValue(id, { cac: 6000, monthlyArpu: 500, grossMarginPct: 80 }, 15);
    expectValue(id, { cac: 8000, monthlyArpu: 1200, grossMarginPct: 78 }, 8000 / 936);
    expectValue(id, { cac: 8000, monthlyArpu: 1200, grossMarginPct: 78 }, 8.55, 0.005);
  });

  it('rejects a zero monthly gross profit', () => {
    expectFailure(id, { cac: 600, monthlyArpu: 0, grossMarginPct: 75 }, 'division_by_zero', 'monthlyArpu');
    expectFailure(id, { cac: 600, monthlyArpu: 100, grossMarginPct: 0 }, 'division_by_zero', 'grossMarginPct');
  });
});

describe('customerLifetime', () => {
  const id = 'customerLifetime';

  it('is 1 ÷ churn: 2.5 % monthly churn lasts 40 months', () => {
    expectValue(id, { churnRatePct: 2.5 }, 40);
    expectValue(id, { churnRatePct: 5 }, 20);
    expectValue(id, { churnRatePct: 100 }, 1);
  });

  it('rejects zero churn and churn above 100 %', () => {
    expectFailure(id, { churnRatePct: 0 }, 'division_by_zero', 'churnRatePct');
    expectFailure(id, { churnRatePct: 120 }, 'out_of_range', 'churnRatePct');
  });
});
