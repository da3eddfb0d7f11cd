import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../src/kpi/compute.ts';
import { KPI_DEFINITIONS } from '../../../src/kpi/registry.ts';
import type { KpiId } from '../../../src/kpi/types.ts';

const count = fc.integer({ min: 0, max: 1e15 });
const positiveCount = fc.integer({ min: 1, max: 1e15 });
const money = fc.double({ min: 0, max: 1e12, noNaN: true });
const positiveMoney = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
const pct = fc.double({ min: 0, max: 100, noNaN: true });
const positivePct = fc.double({ min: 1e-6, max: 100, noNaN: true });

/** A part no larger than its whole, as [part, whole]. */
const partOfWhole = fc.tuple(positiveCount, count).map(([whole, seed]) => [seed % (whole + 1), whole] as const);

const VALID: Record<KpiId, fc.Arbitrary<Record<string, unknown>>> = {
  retentionRatePeriod: fc
    .tuple(partOfWhole, count)
    .map(([[kept, start], extra]) => ({ startCustomers: start, endCustomers: kept + (extra % 1e9), newCustomers: extra % 1e9 })),
  retentionRateCohort: fc
    .tuple(partOfWhole, fc.option(fc.oneof(fc.nat(365), fc.string())))
    .map(([[retained, cohortSize], day]) => (day === null ? { cohortSize, retained } : { cohortSize, retained, day })),
  churnRate: partOfWhole.map(([lost, start]) => ({ startCustomers: start, lostCustomers: lost })),
  conversionRate: partOfWhole.map(([conversions, visitors]) => ({ visitors, conversions })),
  funnelStepConversion: partOfWhole.map(([completed, entered]) => ({ entered, completed })),
  funnelOverallConversion: fc
    .tuple(positiveCount, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }))
    .map(([top, shares]) => ({ stages: shares.reduce((list, share) => [...list, Math.floor((list.at(-1) ?? 0) * share)], [top]) })),
  orderCycleTimeAvg: fc.array(money, { minLength: 1, maxLength: 30 }).map((durationsHours) => ({ durationsHours })),
  orderCycleTimeMedian: fc.array(money, { minLength: 1, maxLength: 30 }).map((durationsHours) => ({ durationsHours })),
  inventoryTurnover: fc.record({ cogs: money, beginInventory: positiveMoney, endInventory: money }),
  daysInventoryOutstanding: fc.record(
    { cogs: positiveMoney, beginInventory: money, endInventory: positiveMoney, daysInPeriod: fc.integer({ min: 1, max: 366 }) },
    { requiredKeys: ['cogs', 'beginInventory', 'endInventory'] },
  ),
  operatingCostRatio: fc.record({ operatingCosts: money, revenue: positiveMoney }),
  cac: fc.record({ acquisitionSpend: money, newCustomers: positiveCount }),
  roi: fc.record({ gain: money, cost: positiveMoney }),
  ltvChurn: fc.record({ arpu: money, grossMarginPct: pct, churnRatePct: positivePct }),
  ltvLifetime: fc.record({ arpu: money, grossMarginPct: pct, lifetimePeriods: fc.double({ min: 0, max: 1000, noNaN: true }) }),
  ltvCacRatio: fc.record({ ltv: money, cac: positiveMoney }),
  cacPaybackMonths: fc.record({ cac: money, monthlyArpu: positiveMoney, grossMarginPct: positivePct }),
  customerLifetime: fc.record({ churnRatePct: positivePct }),
  arpu: fc.record({ revenue: money, users: positiveCount }),
  dauMauStickiness: partOfWhole.map(([dau, mau]) => ({ dau, mau })),
  nps: fc
    .record({ promoters: count, passives: count, detractors: count })
    .filter((v) => v.promoters + v.passives + v.detractors > 0),
  complaintRate: partOfWhole.map(([complaints, orders]) => ({ complaints, orders })),
  orderAccuracy: partOfWhole.map(([accurateOrders, totalOrders]) => ({ accurateOrders, totalOrders })),
  perfectOrderRate: fc.array(pct, { minLength: 1, maxLength: 10 }).map((componentRatesPct) => ({ componentRatesPct })),
  percentChange: fc.record({ before: positiveMoney, after: money }),
  improvementPct: fc.record({ before: positiveMoney, after: money, lowerIsBetter: fc.boolean() }),
};

const CAPPED: ReadonlySet<KpiId> = new Set([
  'retentionRatePeriod',
  'retentionRateCohort',
  'churnRate',
  'conversionRate',
  'funnelStepConversion',
  'funnelOverallConversion',
  'dauMauStickiness',
  'complaintRate',
  'orderAccuracy',
  'perfectOrderRate',
]);

describe('every calculator on valid inputs', () => {
  for (const { id, unit } of KPI_DEFINITIONS) {
    it(`${id} returns a finite number in its unit`, () => {
      fc.assert(
        fc.property(VALID[id], (inputs) => {
          const result = computeKpi(id, inputs);
          expect(result).toMatchObject({ ok: true, unit });
          if (!result.ok) return;
          expect(Number.isFinite(result.value)).toBe(true);
          if (CAPPED.has(id)) {
            expect(result.value).toBeGreaterThanOrEqual(0);
            expect(result.value).toBeLessThanOrEqual(100);
          }
        }),
      );
    });
  }
});
