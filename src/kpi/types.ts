export type KpiId =
  | 'retentionRatePeriod'
  | 'retentionRateCohort'
  | 'churnRate'
  | 'conversionRate'
  | 'funnelStepConversion'
  | 'funnelOverallConversion'
  | 'orderCycleTimeAvg'
  | 'orderCycleTimeMedian'
  | 'inventoryTurnover'
  | 'daysInventoryOutstanding'
  | 'operatingCostRatio'
  | 'cac'
  | 'roi'
  | 'ltvChurn'
  | 'ltvLifetime'
  | 'ltvCacRatio'
  | 'cacPaybackMonths'
  | 'customerLifetime'
  | 'arpu'
  | 'dauMauStickiness'
  | 'nps'
  | 'complaintRate'
  | 'orderAccuracy'
  | 'perfectOrderRate'
  | 'percentChange'
  | 'improvementPct';

export type KpiErrorCode =
  | 'division_by_zero'
  | 'negative_input'
  | 'out_of_range'
  | 'empty_input'
  | 'insufficient_stages'
  | 'invalid_input'
  | 'retained_exceeds_start'
  | 'new_exceeds_end'
  | 'lost_exceeds_start'
  | 'conversions_exceed_visitors'
  | 'stage_exceeds_previous'
  | 'dau_exceeds_mau'
  | 'complaints_exceed_orders'
  | 'accurate_exceeds_total';

export type KpiUnit = 'percent' | 'points' | 'times' | 'currency' | 'hours' | 'days' | 'months' | 'periods';

export type KpiTheme = 'customer' | 'funnel' | 'fulfilment' | 'finance';

export type KpiLocale = 'zh-CN' | 'en';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

type KpiInputValue = number | number[] | boolean | string;

export interface KpiInputDef {
  name: string;
  specName: string;
  type: 'number' | 'numberList' | 'boolean' | 'label';
  unit: 'count' | 'currency' | 'percent' | 'hours' | 'days' | 'none';
  min?: number;
  max?: number;
  optional?: boolean;
  defaultValue?: KpiInputValue;
  label: LocalizedText;
}

export interface KpiDefinition {
  id: KpiId;
  specId: string;
  theme: KpiTheme;
  unit: KpiUnit;
  name: LocalizedText;
  description: LocalizedText;
  formula: LocalizedText;
  inputs: KpiInputDef[];
  example: Record<string, KpiInputValue>;
}

export type KpiResult =
  | { ok: true; value: number; unit: KpiUnit }
  | { ok: false; code: KpiErrorCode; field?: string; message: LocalizedText };

export type KpiFailure = Extract<KpiResult, { ok: false }>;
