import { count, defineKpi, money } from '../define.ts';
import { exact } from '../exact.ts';
import { zeroDivisor } from './rules.ts';

export const operatingCostRatio = defineKpi({
  id: 'operatingCostRatio',
  specId: 'operating_cost_ratio',
  theme: 'finance',
  unit: 'percent',
  name: { 'zh-CN': '运营成本占收入比例', en: 'Operating cost to revenue ratio' },
  description: {
    'zh-CN': '运营成本占同期收入的百分比。超过 100% 表示成本高于收入，这是有效的结果。',
    en: 'Operating costs as a percentage of revenue for the same period. Above 100 % means costs exceed revenue, which is a valid result.',
  },
  formula: { 'zh-CN': '{operatingCosts} ÷ {revenue} × 100', en: '{operatingCosts} ÷ {revenue} × 100' },
  inputs: [
    money('operating_costs', { 'zh-CN': '运营成本', en: 'Operating costs' }),
    money('revenue', { 'zh-CN': '收入', en: 'Revenue' }),
  ],
  example: { operatingCosts: 600000, revenue: 2000000 },
  zero: [zeroDivisor('revenue')],
  compute: (v) => exact(v.operatingCosts).dividedBy(v.revenue).times(100),
});

export const cac = defineKpi({
  id: 'cac',
  specId: 'cac',
  theme: 'finance',
  unit: 'currency',
  name: { 'zh-CN': '单位获客成本（CAC）', en: 'Customer acquisition cost (CAC)' },
  description: {
    'zh-CN': '本期获客（销售与营销）的总投入，平均到本期每一位新增客户身上。',
    en: 'The sales and marketing spend on acquisition in a period, spread over each new customer it brought.',
  },
  formula: { 'zh-CN': '{acquisitionSpend} ÷ {newCustomers}', en: '{acquisitionSpend} ÷ {newCustomers}' },
  inputs: [
    money('acquisition_spend', { 'zh-CN': '获客总投入', en: 'Acquisition spend' }),
    count('new_customers', { 'zh-CN': '新增客户数', en: 'New customers' }),
  ],
  example: { acquisitionSpend: 100000, newCustomers: 2000 },
  zero: [zeroDivisor('newCustomers')],
  compute: (v) => exact(v.acquisitionSpend).dividedBy(v.newCustomers),
});

export const roi = defineKpi({
  id: 'roi',
  specId: 'roi',
  theme: 'finance',
  unit: 'percent',
  name: { 'zh-CN': '投资回报率（ROI）', en: 'Return on investment (ROI)' },
  description: {
    'zh-CN': '投资带来的净收益占投资成本的百分比。−100% 表示投入全部亏损。',
    en: 'The net gain as a percentage of the cost. −100 % means the whole investment was lost.',
  },
  formula: { 'zh-CN': '({gain} − {cost}) ÷ {cost} × 100', en: '({gain} − {cost}) ÷ {cost} × 100' },
  inputs: [
    money('gain', { 'zh-CN': '投资回报总额', en: 'Total return' }),
    money('cost', { 'zh-CN': '投资成本', en: 'Investment cost' }),
  ],
  example: { gain: 140, cost: 100 },
  zero: [zeroDivisor('cost')],
  compute: (v) => exact(v.gain).minus(v.cost).dividedBy(v.cost).times(100),
});

export const arpu = defineKpi({
  id: 'arpu',
  specId: 'arpu',
  theme: 'finance',
  unit: 'currency',
  name: { 'zh-CN': '每用户平均收入（ARPU）', en: 'Average revenue per user (ARPU)' },
  description: {
    'zh-CN': '本期收入平均到本期每一位（平均）活跃用户身上。',
    en: 'Revenue in a period spread over the (average) active users in it.',
  },
  formula: { 'zh-CN': '{revenue} ÷ {users}', en: '{revenue} ÷ {users}' },
  inputs: [
    money('revenue', { 'zh-CN': '本期收入', en: 'Revenue in the period' }),
    count('users', { 'zh-CN': '活跃用户数', en: 'Active users' }),
  ],
  example: { revenue: 500000, users: 10000 },
  zero: [zeroDivisor('users')],
  compute: (v) => exact(v.revenue).dividedBy(v.users),
});
