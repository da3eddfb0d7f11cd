export type {
  KpiDefinition,
  KpiErrorCode,
  KpiId,
  KpiInputDef,
  KpiResult,
  KpiTheme,
  KpiUnit,
  LocalizedText,
} from './types.ts';
export { KPI_DEFINITIONS, getKpiDefinition, isKpiId } from './registry.ts';
export { computeKpi } from './compute.ts';
export { snakeToCamel } from './naming.ts';
export { substituteFormula } from './formula.ts';
