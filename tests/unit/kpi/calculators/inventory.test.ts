import { describe, it } from 'vitest';
import { expectFailure, expectValue } from '../../../fixtures/kpi.ts';

describe('inventoryTurnover', () => {
  const id = 'inventoryTurnover';

  it('divides COGS by the average of begin and end inventory', () => {
    expectValue(id, { cogs: 7500, beginInventory: 1400, endInventory: 1600 }, 5);
    expectValue(id, { cogs: 0, beginInventory: 10, endInventory: 0 }, 0);
  });

  it('rejects a zero average inventory and negative amounts', () => {
    expectFailure(id, { cogs: 100, beginInventory: 0, endInventory: 0 }, 'division_by_zero');
    expectFailure(id, { cogs: -1, beginInventory: 10, endInventory: 10 }, 'negative_input', 'cogs');
  });
});

describe('daysInventoryOutstanding', () => {
  const id = 'daysInventoryOutstanding';

  it('gives 73 days for COGS 7,500 on an average inventory of 1,500, over 365 days by default', () => {
    expectValue(id, { cogs: 7500, beginInventory: 1500, endInventory: 1500 }, 73);
    expectValue(id, { cogs: 7500, beginInventory: 1500, endInventory: 1500, daysInPeriod: 365 }, 73);
  });

  it('gives 60.83 days for a turnover of 6, and scales with the period', () => {
    expectValue(id, { cogs: 6000, beginInventory: 1000, endInventory: 1000 }, 365 / 6);
    expectValue(id, { cogs: 6000, beginInventory: 1000, endInventory: 1000, daysInPeriod: 91 }, 91 / 6);
  });

  it('rejects stock that never sells, no stock and a zero-day period', () => {
    expectFailure(id, { cogs: 0, beginInventory: 10, endInventory: 10 }, 'division_by_zero', 'cogs');
    expectFailure(id, { cogs: 10, beginInventory: 0, endInventory: 0 }, 'division_by_zero');
    expectFailure(id, { cogs: 10, beginInventory: 5, endInventory: 5, daysInPeriod: 0 }, 'out_of_range', 'daysInPeriod');
    expectFailure(id, { cogs: 10, beginInventory: 5, endInventory: 5, daysInPeriod: -30 }, 'negative_input', 'daysInPeriod');
    expectFailure(id, { cogs: 10, beginInventory: 5, endInventory: 5, daysInPeriod: null }, 'invalid_input', 'daysInPeriod');
  });

  it('reports the zero-day period before a zero divisor', () => {
    expectFailure(id, { cogs: 0, beginInventory: 0, endInventory: 0, daysInPeriod: 0 }, 'out_of_range', 'daysInPeriod');
  });
});
