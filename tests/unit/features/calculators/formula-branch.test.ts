import { describe, expect, it } from 'vitest';
import { formulaInUse } from '../../../../src/features/calculators/formula-branch.ts';
import { getKpiDefinition } from '../../../../src/kpi/index.ts';

describe('the formula a calculator shows', () => {
  const improvement = getKpiDefinition('improvementPct')!;

  it('is the form the switch selects, with its label', () => {
    expect(formulaInUse(improvement, 'zh-CN', { before: 48, after: 24, lowerIsBetter: true })).toBe('越低越好：({before} − {after}) ÷ {before} × 100');
    expect(formulaInUse(improvement, 'zh-CN', { before: 48, after: 24, lowerIsBetter: false })).toBe('越高越好：({after} − {before}) ÷ {before} × 100');
    expect(formulaInUse(improvement, 'en', { lowerIsBetter: true })).toBe('lower is better: ({before} − {after}) ÷ {before} × 100');
    expect(formulaInUse(improvement, 'en', { lowerIsBetter: false })).toBe('higher is better: ({after} − {before}) ÷ {before} × 100');
  });

  it('is written as is when it has one form', () => {
    const single = getKpiDefinition('roi')!;
    expect(formulaInUse(single, 'zh-CN', {})).toBe(single.formula['zh-CN']);
  });
});
