import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../src/kpi/compute.ts';
import { snakeToCamel } from '../../../src/kpi/naming.ts';
import { KPI_DEFINITIONS, getKpiDefinition, isKpiId } from '../../../src/kpi/registry.ts';
import type { KpiUnit } from '../../../src/kpi/types.ts';

// The specification's calculator index, with each calculator's input names and output unit.
const SPEC: readonly (readonly [string, readonly string[], KpiUnit])[] = [
  ['retention_rate_period', ['start_customers', 'end_customers', 'new_customers'], 'percent'],
  ['retention_rate_cohort', ['cohort_size', 'retained', 'day'], 'percent'],
  ['churn_rate', ['start_customers', 'lost_customers'], 'percent'],
  ['conversion_rate', ['visitors', 'conversions'], 'percent'],
  ['funnel_step_conversion', ['entered', 'completed'], 'percent'],
  ['funnel_overall_conversion', ['stages'], 'percent'],
  ['order_cycle_time_avg', ['durations_hours'], 'hours'],
  ['order_cycle_time_median', ['durations_hours'], 'hours'],
  ['inventory_turnover', ['cogs', 'begin_inventory', 'end_inventory'], 'times'],
  ['days_inventory_outstanding', ['cogs', 'begin_inventory', 'end_inventory', 'days_in_period'], 'days'],
  ['operating_cost_ratio', ['operating_costs', 'revenue'], 'percent'],
  ['cac', ['acquisition_spend', 'new_customers'], 'currency'],
  ['roi', ['gain', 'cost'], 'percent'],
  ['ltv_churn', ['arpu', 'gross_margin_pct', 'churn_rate_pct'], 'currency'],
  ['ltv_lifetime', ['arpu', 'gross_margin_pct', 'lifetime_periods'], 'currency'],
  ['ltv_cac_ratio', ['ltv', 'cac'], 'times'],
  ['cac_payback_months', ['cac', 'monthly_arpu', 'gross_margin_pct'], 'months'],
  ['customer_lifetime', ['churn_rate_pct'], 'periods'],
  ['arpu', ['revenue', 'users'], 'currency'],
  ['dau_mau_stickiness', ['dau', 'mau'], 'percent'],
  ['nps', ['promoters', 'passives', 'detractors'], 'points'],
  ['complaint_rate', ['complaints', 'orders'], 'percent'],
  ['order_accuracy', ['accurate_orders', 'total_orders'], 'percent'],
  ['perfect_order_rate', ['component_rates_pct'], 'percent'],
  ['percent_change', ['before', 'after'], 'percent'],
  ['improvement_pct', ['before', 'after', 'lower_is_better'], 'percent'],
];

const PLACEHOLDER = /\{([^}]*)\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);

describe('KPI_DEFINITIONS', () => {
  it('lists the 26 calculators in the specification’s order, with its input names and units', () => {
    expect(KPI_DEFINITIONS.map((def) => [def.specId, def.inputs.map((input) => input.specName), def.unit])).toEqual(SPEC);
  });

  it('derives every id and input name from the spec name', () => {
    for (const def of KPI_DEFINITIONS) {
      expect(def.id).toBe(snakeToCamel(def.specId));
      for (const input of def.inputs) expect(input.name).toBe(snakeToCamel(input.specName));
    }
  });

  it('gives every text in both languages', () => {
    for (const def of KPI_DEFINITIONS) {
      for (const text of [def.name, def.description, def.formula, ...def.inputs.map((input) => input.label)]) {
        expect(text['zh-CN'].trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('uses only real inputs as formula placeholders, the same ones in both languages', () => {
    for (const def of KPI_DEFINITIONS) {
      const names = def.inputs.map((input) => input.name);
      const zh = placeholders(def.formula['zh-CN']);
      const en = placeholders(def.formula.en);
      for (const name of [...zh, ...en]) expect(names).toContain(name);
      expect(new Set(zh)).toEqual(new Set(en));
      const numeric = def.inputs.filter((input) => input.type === 'number' || input.type === 'numberList');
      for (const input of numeric) expect(en).toContain(input.name);
    }
  });

  it('has examples that compute, name only real inputs and fill every required one', () => {
    for (const def of KPI_DEFINITIONS) {
      const names = def.inputs.map((input) => input.name);
      expect(Object.keys(def.example).every((key) => names.includes(key))).toBe(true);
      for (const input of def.inputs) if (!input.optional) expect(def.example).toHaveProperty(input.name);
      expect(computeKpi(def.id, def.example)).toMatchObject({ ok: true, unit: def.unit });
    }
  });

  it('keeps the documented range consistent with the example', () => {
    for (const def of KPI_DEFINITIONS) {
      for (const input of def.inputs) {
        const value = def.example[input.name];
        for (const n of typeof value === 'number' ? [value] : Array.isArray(value) ? value : []) {
          if (input.min !== undefined) expect(n).toBeGreaterThanOrEqual(input.min);
          if (input.max !== undefined) expect(n).toBeLessThanOrEqual(input.max);
        }
      }
    }
  });

  it('makes only the cohort day and the days in period optional, the latter 365 by default', () => {
    const optional = KPI_DEFINITIONS.flatMap((def) =>
      def.inputs.filter((input) => input.optional).map((input) => [def.id, input.name, input.defaultValue]),
    );
    expect(optional).toEqual([
      ['retentionRateCohort', 'day', undefined],
      ['daysInventoryOutstanding', 'daysInPeriod', 365],
    ]);
  });

  it('types the lists and the flag', () => {
    const typeOf = (id: string, name: string) => getKpiDefinition(id)?.inputs.find((input) => input.name === name)?.type;
    expect(typeOf('funnelOverallConversion', 'stages')).toBe('numberList');
    expect(typeOf('orderCycleTimeAvg', 'durationsHours')).toBe('numberList');
    expect(typeOf('orderCycleTimeMedian', 'durationsHours')).toBe('numberList');
    expect(typeOf('perfectOrderRate', 'componentRatesPct')).toBe('numberList');
    expect(typeOf('improvementPct', 'lowerIsBetter')).toBe('boolean');
    expect(typeOf('retentionRateCohort', 'day')).toBe('label');
  });
});

describe('lookup', () => {
  it('finds calculators by camelCase id only', () => {
    expect(getKpiDefinition('churnRate')?.specId).toBe('churn_rate');
    expect(getKpiDefinition('churn_rate')).toBeUndefined();
    expect(isKpiId('nps')).toBe(true);
    for (const id of ['constructor', 'toString', '__proto__', '', 'NPS']) {
      expect(isKpiId(id)).toBe(false);
      expect(getKpiDefinition(id)).toBeUndefined();
    }
  });
});
