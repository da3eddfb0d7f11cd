import { describe, expect, it } from 'vitest';
import { substituteFormula } from '../../../src/kpi/formula.ts';
import { KPI_DEFINITIONS, getKpiDefinition } from '../../../src/kpi/registry.ts';
import type { KpiDefinition } from '../../../src/kpi/types.ts';

const format = (n: number) => n.toLocaleString('en-US');

function definition(id: string): KpiDefinition {
  const def = getKpiDefinition(id);
  if (!def) throw new Error(`No calculator ${id}`);
  return def;
}

describe('substituteFormula', () => {
  it('fills in the learner’s numbers', () => {
    const def = definition('retentionRatePeriod');
    const inputs = { startCustomers: 1000, endCustomers: 1000, newCustomers: 150 };
    expect(substituteFormula(def, 'en', inputs, format)).toBe('(1,000 − 150) ÷ 1,000 × 100');
    expect(substituteFormula(def, 'zh-CN', inputs, format)).toBe('(1,000 − 150) ÷ 1,000 × 100');
  });

  it('joins lists in the way the formula reads', () => {
    expect(substituteFormula(definition('orderCycleTimeAvg'), 'en', { durationsHours: [10, 20] }, format)).toBe(
      '(10 + 20) ÷ number of orders',
    );
    expect(substituteFormula(definition('funnelOverallConversion'), 'en', { stages: [1000, 320] }, format)).toContain(
      '1,000 → 320',
    );
    expect(substituteFormula(definition('perfectOrderRate'), 'en', { componentRatesPct: [98, 97] }, format)).toContain(
      '(98, 97)',
    );
  });

  it('names the input where there is no usable value', () => {
    const def = definition('churnRate');
    expect(substituteFormula(def, 'zh-CN', {}, format)).toBe('流失客户数 ÷ 期初客户数 × 100');
    expect(substituteFormula(def, 'en', { startCustomers: Number.NaN, lostCustomers: '3' }, format)).toBe(
      'Customers lost ÷ Customers at start × 100',
    );
    expect(substituteFormula(definition('orderCycleTimeAvg'), 'en', { durationsHours: [] }, format)).toBe(
      '(Order cycle times (hours)) ÷ number of orders',
    );
  });

  it('shows the default of an optional input', () => {
    const inputs = { cogs: 7500, beginInventory: 1400, endInventory: 1600 };
    expect(substituteFormula(definition('daysInventoryOutstanding'), 'en', inputs, format)).toBe(
      '365 ÷ (7,500 ÷ ((1,400 + 1,600) ÷ 2))',
    );
  });

  it('leaves no placeholder behind for any example', () => {
    for (const def of KPI_DEFINITIONS) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(substituteFormula(def, locale, def.example, format)).not.toMatch(/[{}]/);
        expect(substituteFormula(def, locale, {}, format)).not.toMatch(/[{}]/);
      }
    }
  });
});
