import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKpiDefinition, KPI_DEFINITIONS } from '../../../../src/kpi/index.ts';
import { initialFormValues, parseFormValues } from '../../../../src/features/calculators/form-values.ts';
import { formValuesFromQuery, queryFromFormValues } from '../../../../src/features/calculators/query-codec.ts';

describe('calculator address query', () => {
  it('writes readable parameters: plain numbers, comma-separated lists, true/false', () => {
    const funnel = getKpiDefinition('funnelOverallConversion')!;
    expect(queryFromFormValues(funnel, { stages: ['10,000', '3200', ' 1440 '] }).toString()).toBe('stages=10000%2C3200%2C1440');
    const improvement = getKpiDefinition('improvementPct')!;
    expect(queryFromFormValues(improvement, initialFormValues(improvement)).toString()).toBe('before=48&after=24&lowerIsBetter=true');
  });

  it('takes inputs missing from the address from the fallback and ignores unknown ones', () => {
    const churn = getKpiDefinition('churnRate')!;
    const values = formValuesFromQuery(churn, new URLSearchParams('lostCustomers=7&other=1'), initialFormValues(churn));
    expect(values).toEqual({ startCustomers: '1000', lostCustomers: '7' });
  });

  it('round-trips every calculator’s starting values to the same calculation', () => {
    for (const definition of KPI_DEFINITIONS) {
      const start = initialFormValues(definition);
      const back = formValuesFromQuery(definition, queryFromFormValues(definition, start), {});
      expect(parseFormValues(definition, back), definition.id).toEqual(parseFormValues(definition, start));
    }
  });

  it('round-trips any list of stage counts', () => {
    const funnel = getKpiDefinition('funnelOverallConversion')!;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e9 }), { minLength: 1, maxLength: 8 }), (stages) => {
        const values = { stages: stages.map(String) };
        const back = formValuesFromQuery(funnel, queryFromFormValues(funnel, values), {});
        expect(parseFormValues(funnel, back)).toEqual({ stages });
      }),
    );
  });
});
