import { percentChange, improvementPct } from './calculators/change.ts';
import { churnRate, dauMauStickiness, nps, retentionRateCohort, retentionRatePeriod } from './calculators/customer.ts';
import { arpu, cac, operatingCostRatio, roi } from './calculators/finance.ts';
import { conversionRate, funnelOverallConversion, funnelStepConversion } from './calculators/funnel.ts';
import { daysInventoryOutstanding, inventoryTurnover } from './calculators/inventory.ts';
import {
  cacPaybackMonths,
  customerLifetime,
  ltvCacRatio,
  ltvChurn,
  ltvLifetime,
} from './calculators/lifetime-value.ts';
import {
  complaintRate,
  orderAccuracy,
  orderCycleTimeAvg,
  orderCycleTimeMedian,
  perfectOrderRate,
} from './calculators/orders.ts';
import type { KpiCalculator } from './define.ts';
import type { KpiDefinition, KpiId } from './types.ts';

// The specification's calculator index order.
const CALCULATORS: readonly KpiCalculator[] = [
  retentionRatePeriod,
  retentionRateCohort,
  churnRate,
  conversionRate,
  funnelStepConversion,
  funnelOverallConversion,
  orderCycleTimeAvg,
  orderCycleTimeMedian,
  inventoryTurnover,
  daysInventoryOutstanding,
  operatingCostRatio,
  cac,
  roi,
  ltvChurn,
  ltvLifetime,
  ltvCacRatio,
  cacPaybackMonths,
  customerLifetime,
  arpu,
  dauMauStickiness,
  nps,
  complaintRate,
  orderAccuracy,
  perfectOrderRate,
  percentChange,
  improvementPct,
];

const BY_ID: ReadonlyMap<string, KpiCalculator> = new Map(
  CALCULATORS.map((calculator) => [calculator.definition.id, calculator]),
);

export const KPI_DEFINITIONS: readonly KpiDefinition[] = CALCULATORS.map((calculator) => calculator.definition);

export function findCalculator(id: unknown): KpiCalculator | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

export function getKpiDefinition(id: string): KpiDefinition | undefined {
  return findCalculator(id)?.definition;
}

export function isKpiId(id: string): id is KpiId {
  return findCalculator(id) !== undefined;
}
