import { amount, defineKpi, money } from '../define.ts';
import { exact } from '../exact.ts';

const inventoryInputs = [
  money('cogs', { 'zh-CN': '销货成本（COGS）', en: 'COGS (cost of goods sold)' }),
  money('begin_inventory', { 'zh-CN': '期初库存（按成本计）', en: 'Inventory at start (at cost)' }),
  money('end_inventory', { 'zh-CN': '期末库存（按成本计）', en: 'Inventory at end (at cost)' }),
] as const;

const noAverageInventory = {
  fails: (v: { beginInventory: number; endInventory: number }) => v.beginInventory === 0 && v.endInventory === 0,
  code: 'division_by_zero',
  message: 'zeroAverageInventory',
  labels: ['beginInventory', 'endInventory'],
} as const;

function turnover(v: { cogs: number; beginInventory: number; endInventory: number }) {
  return exact(v.cogs).dividedBy(exact(v.beginInventory).plus(v.endInventory).dividedBy(2));
}

export const inventoryTurnover = defineKpi({
  id: 'inventoryTurnover',
  specId: 'inventory_turnover',
  theme: 'fulfilment',
  unit: 'times',
  name: { 'zh-CN': '库存周转率', en: 'Inventory turnover' },
  description: {
    'zh-CN': '一个期间内库存卖完并补充的次数。越高说明资金占用和仓储成本越低，但过高可能导致缺货。',
    en: 'How many times the stock sells through in a period. Higher ties up less capital and storage cost, but too high risks stock-outs.',
  },
  formula: {
    'zh-CN': '{cogs} ÷ (({beginInventory} + {endInventory}) ÷ 2)',
    en: '{cogs} ÷ (({beginInventory} + {endInventory}) ÷ 2)',
  },
  inputs: inventoryInputs,
  example: { cogs: 7500, beginInventory: 1400, endInventory: 1600 },
  zero: [noAverageInventory],
  compute: turnover,
});

export const daysInventoryOutstanding = defineKpi({
  id: 'daysInventoryOutstanding',
  specId: 'days_inventory_outstanding',
  theme: 'fulfilment',
  unit: 'days',
  name: { 'zh-CN': '库存周转天数（DIO）', en: 'Days inventory outstanding (DIO)' },
  description: {
    'zh-CN': '平均库存需要多少天才能卖完：期间天数 ÷ 库存周转率。',
    en: 'How many days the average stock takes to sell: the days in the period divided by inventory turnover.',
  },
  formula: {
    'zh-CN': '{daysInPeriod} ÷ ({cogs} ÷ (({beginInventory} + {endInventory}) ÷ 2))',
    en: '{daysInPeriod} ÷ ({cogs} ÷ (({beginInventory} + {endInventory}) ÷ 2))',
  },
  inputs: [
    ...inventoryInputs,
    amount(
      'days_in_period',
      'days',
      { 'zh-CN': '期间天数', en: 'Days in period' },
      { min: 1, optional: true, defaultValue: 365 },
    ),
  ],
  example: { cogs: 7500, beginInventory: 1400, endInventory: 1600, daysInPeriod: 365 },
  range: [{ fails: (v) => v.daysInPeriod === 0, code: 'out_of_range', message: 'zeroDays', field: 'daysInPeriod' }],
  zero: [
    noAverageInventory,
    { fails: (v) => v.cogs === 0, code: 'division_by_zero', message: 'zeroCogs', field: 'cogs' },
  ],
  compute: (v) => exact(v.daysInPeriod).dividedBy(turnover(v)),
});
