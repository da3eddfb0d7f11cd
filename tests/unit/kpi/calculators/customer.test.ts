import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../../src/kpi/compute.ts';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('retentionRatePeriod', () => {
  const id = 'retentionRatePeriod';

  it('shows that a flat headcount can hide churn', () => {
    expectValue(id, { startCustomers: 1000, endCustomers: 1000, newCustomers: 150 }, 85);
  });

  it('accepts the boundaries 0 % and 100 %', () => {
    expectValue(id, { startCustomers: 200, endCustomers: 50, newCustomers: 50 }, 0);
    expectValue(id, { startCustomers: 200, endCustomers: 250, newCustomers: 50 }, 100);
  });

  it('rejects a zero start, more new than end, and more kept than started', () => {
    expectFailure(id, { startCustomers: 0, endCustomers: 10, newCustomers: 5 }, 'division_by_zero', 'startCustomers');
    expectFailure(id, { startCustomers: 100, endCustomers: 10, newCustomers: 11 }, 'new_exceeds_end', 'newCustomers');
    expectFailure(id, { startCustomers: 100, endCustomers: 160, newCustomers: 50 }, 'retained_exceeds_start', 'endCustomers');
    expectFailure(id, { startCustomers: 100, endCustomers: -1, newCustomers: 0 }, 'negative_input', 'endCustomers');
  });

  it('adds up to 100 with churn when losses are the only change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, share) => {
        const lost = Math.floor(start * share);
        const retention = computeKpi(id, { startCustomers: start, endCustomers: start - lost, newCustomers: 0 });
        const churn = computeKpi('churnRate', { startCustomers: start, lostCustomers: lost });
        expect(retention.ok && churn.ok).toBe(true);
        if (retention.ok && churn.ok) expect(retention.value + churn.value).toBeCloseTo(100, 9);
      }),
    );
  });
});

describe('retentionRateCohort', () => {
  const id = 'retentionRateCohort';

  it('divides the retained users by the cohort, with or without a day label', () => {
    expectValue(id, { cohortSize: 2000, retained: 800, day: 1 }, 40);
    expectValue(id, { cohortSize: 2000, retained: 800, day: '次日' }, 40);
    expectValue(id, { cohortSize: 5, retained: 5 }, 100);
  });

  it('rejects an empty cohort, too many retained users and a bad label', () => {
    expectFailure(id, { cohortSize: 0, retained: 0 }, 'division_by_zero', 'cohortSize');
    expectFailure(id, { cohortSize: 10, retained: 11 }, 'retained_exceeds_start', 'retained');
    expectFailure(id, { cohortSize: 10, retained: 5, day: { n: 7 } }, 'invalid_input', 'day');
    expectFailure(id, { cohortSize: 10, retained: 5, day: -7 }, 'negative_input', 'day');
  });
});

describe('churnRate', () => {
  const id = 'churnRate';

  it('treats losing every customer as 100 %, not an error', () => {
    expectValue(id, { startCustomers: 250, lostCustomers: 250 }, 100);
    expectValue(id, { startCustomers: 1000, lostCustomers: 150 }, 15);
  });

  it('rejects a zero start and more lost than started', () => {
    expectFailure(id, { startCustomers: 0, lostCustomers: 0 }, 'division_by_zero', 'startCustomers');
    expectFailure(id, { startCustomers: 250, lostCustomers: 251 }, 'lost_exceeds_start', 'lostCustomers');
  });

  it('names the fields in its consistency message', () => {
    const result = computeKpi(id, { startCustomers: 250, lostCustomers: 251 });
    expect(result).toMatchObject({
      message: { 'zh-CN': '流失客户数不能大于期初客户数，请检查这两个数字。' },
    });
  });
});

describe('dauMauStickiness', () => {
  const id = 'dauMauStickiness';

  it('divides DAU by MAU', () => {
    expectValue(id, { dau: 15000, mau: 50000 }, 30);
    expectValue(id, { dau: 50, mau: 50 }, 100);
  });

  it('rejects zero MAU and DAU above MAU', () => {
    expectFailure(id, { dau: 0, mau: 0 }, 'division_by_zero', 'mau');
    expectFailure(id, { dau: 51, mau: 50 }, 'dau_exceeds_mau', 'dau');
  });
});

describe('nps', () => {
  const id = 'nps';

  it('counts passives in the denominator only', () => {
    expectValue(id, { promoters: 1, passives: 1, detractors: 1 }, 0);
    expectValue(id, { promoters: 30, passives: 50, detractors: 20 }, 10);
  });

  it('runs from −100 to +100', () => {
    expectValue(id, { promoters: 0, passives: 0, detractors: 7 }, -100);
    expectValue(id, { promoters: 7, passives: 0, detractors: 0 }, 100);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (promoters, passives, detractors) => {
        const result = computeKpi(id, { promoters, passives, detractors });
        if (result.ok) expect(Math.abs(result.value)).toBeLessThanOrEqual(100);
        else expect(promoters + passives + detractors).toBe(0);
      }),
    );
  });

  it('rejects a survey without responses', () => {
    expectFailure(id, { promoters: 0, passives: 0, detractors: 0 }, 'division_by_zero');
  });

  it('stays exact when the counts are near the largest number', () => {
    expectValue(id, { promoters: 1.5e308, passives: 1.5e308, detractors: 0 }, 50);
  });
});
