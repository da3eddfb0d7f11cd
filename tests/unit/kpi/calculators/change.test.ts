import { describe, it } from 'vitest';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('percentChange', () => {
  const id = 'percentChange';

  it('is signed: positive for an increase, negative for a decrease', () => {
    expectValue(id, { before: 100, after: 350 }, 250);
    expectValue(id, { before: 48, after: 24 }, -50);
    expectValue(id, { before: 100, after: 0 }, -100);
  });

  it('returns the relative change, not percentage points: 90 % → 96 % is +6.67 %', () => {
    expectValue(id, { before: 90, after: 96 }, 20 / 3);
    expectValue(id, { before: 25, after: 30 }, 20);
  });

  it('rejects a zero or negative base', () => {
    expectFailure(id, { before: 0, after: 5 }, 'division_by_zero', 'before');
    expectFailure(id, { before: -10, after: 5 }, 'negative_input', 'before');
  });
});

describe('improvementPct', () => {
  const id = 'improvementPct';

  it('counts a drop as improvement when lower is better: 48 h → 24 h is 50 %', () => {
    expectValue(id, { before: 48, after: 24, lowerIsBetter: true }, 50);
    expectValue(id, { before: 4, after: 2.8, lowerIsBetter: true }, 30);
    expectValue(id, { before: 48, after: 60, lowerIsBetter: true }, -25);
  });

  it('counts a rise as improvement when higher is better', () => {
    expectValue(id, { before: 90, after: 96, lowerIsBetter: false }, 20 / 3);
    expectValue(id, { before: 90, after: 45, lowerIsBetter: false }, -50);
  });

  it('rejects a zero base and a flag that is not a boolean', () => {
    expectFailure(id, { before: 0, after: 5, lowerIsBetter: true }, 'division_by_zero', 'before');
    expectFailure(id, { before: 10, after: 5, lowerIsBetter: 'true' }, 'invalid_input', 'lowerIsBetter');
    expectFailure(id, { before: 10, after: 5, lowerIsBetter: 1 }, 'invalid_input', 'lowerIsBetter');
    expectFailure(id, { before: 10, after: 5 }, 'invalid_input', 'lowerIsBetter');
  });
});
