import { describe, expect, it } from 'vitest';
import { snakeToCamel } from '../../../src/kpi/naming.ts';

describe('snakeToCamel', () => {
  it('turns spec names into input names', () => {
    expect(snakeToCamel('start_customers')).toBe('startCustomers');
    expect(snakeToCamel('component_rates_pct')).toBe('componentRatesPct');
    expect(snakeToCamel('retention_rate_period')).toBe('retentionRatePeriod');
    expect(snakeToCamel('cac')).toBe('cac');
    expect(snakeToCamel('')).toBe('');
  });
});
