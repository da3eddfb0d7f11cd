import { describe, expect, it } from 'vitest';
import { getKpiDefinition, type KpiDefinition } from '../../../../src/kpi/index.ts';
import { initialFormValues, isFormValuesFor, parseFormValues, RATES_FIELD } from '../../../../src/features/calculators/form-values.ts';

const kpi = (id: string): KpiDefinition => getKpiDefinition(id)!;

describe('calculator form values', () => {
  it('starts from the presets and takes each missing input from the example', () => {
    expect(initialFormValues(kpi('churnRate'), { lostCustomers: 90 })).toEqual({ startCustomers: '1000', lostCustomers: '90' });
  });

  it('gives funnel stages one text each, other lists one comma-separated text, flags a boolean', () => {
    expect(initialFormValues(kpi('funnelOverallConversion')).stages).toEqual(['10000', '3200', '1440', '360']);
    expect(initialFormValues(kpi('orderCycleTimeAvg')).durationsHours).toBe('10, 20, 30, 100');
    expect(initialFormValues(kpi('improvementPct'))).toEqual({ before: '48', after: '24', lowerIsBetter: true, [RATES_FIELD]: false });
  });

  it('reads numbers as people type them and leaves unreadable text for the calculator to name', () => {
    const inputs = parseFormValues(kpi('churnRate'), { startCustomers: '1,000', lostCustomers: '１５０' });
    expect(inputs).toEqual({ startCustomers: 1000, lostCustomers: 150 });
    expect(parseFormValues(kpi('churnRate'), { startCustomers: 'abc', lostCustomers: '' })).toEqual({
      startCustomers: 'abc',
      lostCustomers: undefined,
    });
  });

  it('splits lists on commas of either width and marks unreadable entries', () => {
    expect(parseFormValues(kpi('orderCycleTimeAvg'), { durationsHours: '10，20、30, 100,' }).durationsHours).toEqual([10, 20, 30, 100]);
    expect(parseFormValues(kpi('funnelOverallConversion'), { stages: ['100', 'x'] }).stages).toEqual([100, Number.NaN]);
  });

  it('leaves an empty optional input out so its default applies', () => {
    const inputs = parseFormValues(kpi('retentionRateCohort'), { cohortSize: '100', retained: '40', day: ' ' });
    expect(inputs).toEqual({ cohortSize: 100, retained: 40, day: undefined });
  });

  it('recognises a whole form of its own calculator, and nothing else', () => {
    const improvement = kpi('improvementPct');
    const funnel = kpi('funnelOverallConversion');
    expect(isFormValuesFor(improvement, initialFormValues(improvement))).toBe(true);
    expect(isFormValuesFor(funnel, initialFormValues(funnel))).toBe(true);
    expect(isFormValuesFor(improvement, { before: '48', after: '24', lowerIsBetter: true })).toBe(false);
    expect(isFormValuesFor(improvement, { before: 48, after: '24', lowerIsBetter: true, [RATES_FIELD]: false })).toBe(false);
    expect(isFormValuesFor(funnel, { stages: '100, 50' })).toBe(false);
    expect(isFormValuesFor(kpi('churnRate'), initialFormValues(improvement))).toBe(false);
    expect(isFormValuesFor(improvement, null)).toBe(false);
    expect(isFormValuesFor(improvement, ['48', '24'])).toBe(false);
  });
});
