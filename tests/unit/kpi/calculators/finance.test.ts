import { describe, it } from 'vitest';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('operatingCostRatio', () => {
  const id = 'operatingCostRatio';

  it('divides costs by revenue and allows more than 100 %', () => {
    expectValue(id, { operatingCosts: 600000, revenue: 2000000 }, 30);
    expectValue(id, { operatingCosts: 300, revenue: 200 }, 150);
  });

  it('rejects zero and negative revenue', () => {
    expectFailure(id, { operatingCosts: 10, revenue: 0 }, 'division_by_zero', 'revenue');
    expectFailure(id, { operatingCosts: 10, revenue: -5 }, 'negative_input', 'revenue');
  });
});

describe('cac', () => {
  const id = 'cac';

  it('divides spend by new customers, keeping large and tiny values precise', () => {
    expectValue(id, { acquisitionSpend: 100000, newCustomers: 2000 }, 50);
    expectValue(id, { acquisitionSpend: 0, newCustomers: 20 }, 0);
    expectValue(id, { acquisitionSpend: 1e9, newCustomers: 3 }, 1e9 / 3);
    expectValue(id, { acquisitionSpend: 0.03, newCustomers: 7 }, 0.03 / 7, 1e-15);
  });

  it('rejects zero new customers', () => {
    expectFailure(id, { acquisitionSpend: 100, newCustomers: 0 }, 'division_by_zero', 'newCustomers');
  });
});

describe('roi', () => {
  const id = 'roi';

  it('gives the net gain over cost, from −100 % upwards', () => {
    expectValue(id, { gain: 140, cost: 100 }, 40);
    expectValue(id, { gain: 0, cost: 100 }, -100);
    expectValue(id, { gain: 350, cost: 100 }, 250);
  });

  it('rejects zero cost and negative amounts', () => {
    expectFailure(id, { gain: 10, cost: 0 }, 'division_by_zero', 'cost');
    expectFailure(id, { gain: -10, cost: 5 }, 'negative_input', 'gain');
  });
});

describe('arpu', () => {
  const id = 'arpu';

  it('divides revenue by users', () => {
    expectValue(id, { revenue: 500000, users: 10000 }, 50);
  });

  it('rejects zero users', () => {
    expectFailure(id, { revenue: 500, users: 0 }, 'division_by_zero', 'users');
  });
});
