import { describe, expect, it } from 'vitest';
import { calculatorMessages } from '../../../../src/i18n/messages/calculators.ts';
import { translatorFor } from '../../../../src/i18n/translate.ts';
import { calculatorChart } from '../../../../src/features/calculators/calculator-charts.ts';

const t = translatorFor('en', calculatorMessages);

describe('calculator charts', () => {
  it('splits the starting customers into retained and lost', () => {
    const spec = calculatorChart('retentionRatePeriod', {
      inputs: { startCustomers: 1000, endCustomers: 1000, newCustomers: 150 },
      options: {},
      t,
      locale: 'en',
    });
    expect(spec?.kind).toBe('bar');
    expect(spec?.kind === 'bar' && spec.props.series[0]!.values).toEqual([850, 150]);
  });

  it('draws days of inventory against turnover, marking the current turnover', () => {
    const spec = calculatorChart('daysInventoryOutstanding', {
      inputs: { cogs: 7500, beginInventory: 1400, endInventory: 1600, daysInPeriod: 365 },
      options: {},
      t,
      locale: 'en',
    });
    if (spec?.kind !== 'line') throw new Error('expected a line chart');
    const current = spec.props.categories.indexOf('5× (current)');
    expect(current).toBeGreaterThan(0);
    expect(spec.props.series[0]!.values[current]).toBe(73);
  });

  it('has no chart for a KPI a picture does not help', () => {
    expect(calculatorChart('nps', { inputs: {}, options: {}, t, locale: 'en' })).toBeNull();
  });
});
