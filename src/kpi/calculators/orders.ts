import { count, defineKpi, numberList } from '../define.ts';
import { Exact, exact } from '../exact.ts';
import { exceeds, zeroDivisor } from './rules.ts';

const durationsHours = numberList('durations_hours', 'hours', {
  'zh-CN': '各订单处理时长（小时）',
  en: 'Order cycle times (hours)',
});
const cycleExample = { durationsHours: [10, 20, 30, 100] };
const notEmpty = {
  fails: (v: { durationsHours: number[] }) => v.durationsHours.length === 0,
  code: 'empty_input',
  message: 'emptyList',
  field: 'durationsHours',
} as const;

function median(values: readonly number[]): Exact {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = exact(sorted[middle]!);
  return sorted.length % 2 === 1 ? upper : upper.plus(sorted[middle - 1]!).dividedBy(2);
}

export const orderCycleTimeAvg = defineKpi({
  id: 'orderCycleTimeAvg',
  specId: 'order_cycle_time_avg',
  theme: 'fulfilment',
  unit: 'hours',
  name: { 'zh-CN': '平均订单处理周期', en: 'Average order cycle time' },
  description: {
    'zh-CN': '从下单到交付的平均时长（小时）。少数特别慢的订单会明显拉高平均值。',
    en: 'The mean time from order to delivery, in hours. A few very slow orders pull the mean up.',
  },
  formula: { 'zh-CN': '({durationsHours}) ÷ 订单数', en: '({durationsHours}) ÷ number of orders' },
  inputs: [durationsHours],
  example: cycleExample,
  shape: [notEmpty],
  compute: (v) => Exact.sum(v.durationsHours).dividedBy(v.durationsHours.length),
});

export const orderCycleTimeMedian = defineKpi({
  id: 'orderCycleTimeMedian',
  specId: 'order_cycle_time_median',
  theme: 'fulfilment',
  unit: 'hours',
  name: { 'zh-CN': '订单处理周期中位数', en: 'Median order cycle time' },
  description: {
    'zh-CN': '把各订单时长从小到大排序后居中的值。极慢的订单几乎不影响它，因此更能代表典型订单。',
    en: 'The middle order time after sorting. Very slow orders barely move it, so it shows the typical order.',
  },
  formula: {
    'zh-CN': '排序后居中的值（偶数个时取中间两个的平均）:{durationsHours}',
    en: 'middle value after sorting (mean of the middle two for an even count) of {durationsHours}',
  },
  inputs: [durationsHours],
  example: cycleExample,
  shape: [notEmpty],
  compute: (v) => median(v.durationsHours),
});

export const complaintRate = defineKpi({
  id: 'complaintRate',
  specId: 'complaint_rate',
  theme: 'fulfilment',
  unit: 'percent',
  name: { 'zh-CN': '客户投诉率', en: 'Complaint rate' },
  description: {
    'zh-CN': '被投诉的订单占同期订单的比例。“投诉率下降 30%”指相对下降，而不是减少 30 个百分点。',
    en: 'Orders with at least one complaint as a share of all orders in the period. A “30 % drop” is relative, not 30 percentage points.',
  },
  formula: { 'zh-CN': '{complaints} ÷ {orders} × 100', en: '{complaints} ÷ {orders} × 100' },
  inputs: [
    count('complaints', { 'zh-CN': '被投诉订单数', en: 'Orders with complaints' }),
    count('orders', { 'zh-CN': '订单总数', en: 'Total orders' }),
  ],
  example: { complaints: 40, orders: 1000 },
  zero: [zeroDivisor('orders')],
  consistency: [exceeds('complaints_exceed_orders', 'complaints', 'orders')],
  compute: (v) => exact(v.complaints).dividedBy(v.orders).times(100),
});

export const orderAccuracy = defineKpi({
  id: 'orderAccuracy',
  specId: 'order_accuracy',
  theme: 'fulfilment',
  unit: 'percent',
  name: { 'zh-CN': '订单准确率', en: 'Order accuracy' },
  description: {
    'zh-CN': '无差错完成的订单占订单总数的比例。',
    en: 'Orders fulfilled without any error as a share of all orders.',
  },
  formula: { 'zh-CN': '{accurateOrders} ÷ {totalOrders} × 100', en: '{accurateOrders} ÷ {totalOrders} × 100' },
  inputs: [
    count('accurate_orders', { 'zh-CN': '无差错订单数', en: 'Orders without errors' }),
    count('total_orders', { 'zh-CN': '订单总数', en: 'Total orders' }),
  ],
  example: { accurateOrders: 475, totalOrders: 500 },
  zero: [zeroDivisor('totalOrders')],
  consistency: [exceeds('accurate_exceeds_total', 'accurateOrders', 'totalOrders')],
  compute: (v) => exact(v.accurateOrders).dividedBy(v.totalOrders).times(100),
});

export const perfectOrderRate = defineKpi({
  id: 'perfectOrderRate',
  specId: 'perfect_order_rate',
  theme: 'fulfilment',
  unit: 'percent',
  name: { 'zh-CN': '完美订单率', en: 'Perfect order rate' },
  description: {
    'zh-CN': '把各环节达标率（如准时、完整、无破损、单据准确）相乘，得到所有环节都达标的订单比例。',
    en: 'Multiplies the component rates, such as on time, complete, undamaged and correctly invoiced, to get the share of orders that pass every check.',
  },
  formula: {
    'zh-CN': '各环节达标率（{componentRatesPct}）分别 ÷ 100 后连乘，再 × 100',
    en: 'product of the component rates ({componentRatesPct}), each ÷ 100, then × 100',
  },
  inputs: [numberList('component_rates_pct', 'percent', { 'zh-CN': '各环节达标率（%）', en: 'Component rates (%)' })],
  example: { componentRatesPct: [98, 97, 99, 82] },
  shape: [
    {
      fails: (v) => v.componentRatesPct.length === 0,
      code: 'empty_input',
      message: 'emptyList',
      field: 'componentRatesPct',
    },
  ],
  compute: (v) => Exact.product(v.componentRatesPct.map((rate) => exact(rate).dividedBy(100))).times(100),
});
