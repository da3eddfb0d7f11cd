import { defineKpi, count, tag } from '../define.ts';
import { exact } from '../exact.ts';
import { exceeds, zeroDivisor } from './rules.ts';

const startCustomers = count('start_customers', { 'zh-CN': '期初客户数', en: 'Customers at start' });

export const retentionRatePeriod = defineKpi({
  id: 'retentionRatePeriod',
  specId: 'retention_rate_period',
  theme: 'customer',
  unit: 'percent',
  name: { 'zh-CN': '客户留存率（期间法）', en: 'Customer retention rate (period)' },
  description: {
    'zh-CN': '期末客户扣除本期新增客户后，留下的老客户占期初客户的比例。期末人数持平，也可能掩盖了流失。',
    en: 'The share of customers at the start of a period who are still customers at its end, leaving out new ones. A flat headcount can still hide churn.',
  },
  formula: {
    'zh-CN': '({endCustomers} − {newCustomers}) ÷ {startCustomers} × 100',
    en: '({endCustomers} − {newCustomers}) ÷ {startCustomers} × 100',
  },
  inputs: [
    startCustomers,
    count('end_customers', { 'zh-CN': '期末客户数', en: 'Customers at end' }),
    count('new_customers', { 'zh-CN': '本期新增客户数', en: 'New customers in the period' }),
  ],
  example: { startCustomers: 1000, endCustomers: 1000, newCustomers: 150 },
  zero: [zeroDivisor('startCustomers')],
  consistency: [
    exceeds('new_exceeds_end', 'newCustomers', 'endCustomers'),
    {
      fails: (v) => exact(v.endCustomers).minus(v.newCustomers).compare(v.startCustomers) > 0,
      code: 'retained_exceeds_start',
      message: 'retainedExceedsStart',
      field: 'endCustomers',
      labels: ['endCustomers', 'newCustomers', 'startCustomers'],
    },
  ],
  compute: (v) => exact(v.endCustomers).minus(v.newCustomers).dividedBy(v.startCustomers).times(100),
});

export const retentionRateCohort = defineKpi({
  id: 'retentionRateCohort',
  specId: 'retention_rate_cohort',
  theme: 'customer',
  unit: 'percent',
  name: { 'zh-CN': 'N 日留存率（同期群）', en: 'Day-N cohort retention' },
  description: {
    'zh-CN': '同一天（第 0 天）新增的用户中，恰好在第 N 天仍活跃的比例，例如次日留存、7 日留存。',
    en: 'The share of a day-0 cohort that is active exactly on day N, such as day-1 or day-7 retention.',
  },
  formula: {
    'zh-CN': '{retained} ÷ {cohortSize} × 100',
    en: '{retained} ÷ {cohortSize} × 100',
  },
  inputs: [
    count('cohort_size', { 'zh-CN': '同期群用户数', en: 'Cohort size' }),
    count('retained', { 'zh-CN': '第 N 天仍活跃的用户数', en: 'Users active on day N' }),
    tag('day', { 'zh-CN': '第几天（N）', en: 'Day N' }),
  ],
  example: { cohortSize: 2000, retained: 800, day: 1 },
  zero: [zeroDivisor('cohortSize')],
  consistency: [exceeds('retained_exceeds_start', 'retained', 'cohortSize')],
  compute: (v) => exact(v.retained).dividedBy(v.cohortSize).times(100),
});

export const churnRate = defineKpi({
  id: 'churnRate',
  specId: 'churn_rate',
  theme: 'customer',
  unit: 'percent',
  name: { 'zh-CN': '客户流失率', en: 'Churn rate' },
  description: {
    'zh-CN': '本期流失的客户占期初客户的比例。如果只有流失、没有其他变化，它与留存率相加等于 100%。',
    en: 'The share of customers at the start of a period who were lost during it. When losses are the only change, churn and retention add up to 100 %.',
  },
  formula: {
    'zh-CN': '{lostCustomers} ÷ {startCustomers} × 100',
    en: '{lostCustomers} ÷ {startCustomers} × 100',
  },
  inputs: [startCustomers, count('lost_customers', { 'zh-CN': '流失客户数', en: 'Customers lost' })],
  example: { startCustomers: 1000, lostCustomers: 150 },
  zero: [zeroDivisor('startCustomers')],
  consistency: [exceeds('lost_exceeds_start', 'lostCustomers', 'startCustomers')],
  compute: (v) => exact(v.lostCustomers).dividedBy(v.startCustomers).times(100),
});

export const dauMauStickiness = defineKpi({
  id: 'dauMauStickiness',
  specId: 'dau_mau_stickiness',
  theme: 'customer',
  unit: 'percent',
  name: { 'zh-CN': '用户粘性(DAU/MAU)', en: 'Stickiness (DAU/MAU)' },
  description: {
    'zh-CN': '日活跃用户占月活跃用户的比例。50% 表示月活用户平均约一半的日子都会使用产品。',
    en: 'Daily active users as a share of monthly active users. 50 % means the average monthly user is active on about half the days.',
  },
  formula: { 'zh-CN': '{dau} ÷ {mau} × 100', en: '{dau} ÷ {mau} × 100' },
  inputs: [
    count('dau', { 'zh-CN': '日活跃用户数（DAU）', en: 'DAU (daily active users)' }),
    count('mau', { 'zh-CN': '月活跃用户数（MAU）', en: 'MAU (monthly active users)' }),
  ],
  example: { dau: 15000, mau: 50000 },
  zero: [zeroDivisor('mau')],
  consistency: [exceeds('dau_exceeds_mau', 'dau', 'mau')],
  compute: (v) => exact(v.dau).dividedBy(v.mau).times(100),
});

export const nps = defineKpi({
  id: 'nps',
  specId: 'nps',
  theme: 'customer',
  unit: 'points',
  name: { 'zh-CN': '净推荐值（NPS）', en: 'Net Promoter Score (NPS)' },
  description: {
    'zh-CN': '推荐者（9–10 分）占比减去贬损者（0–6 分）占比。结果在 −100 到 +100 之间，是“分”而不是百分比。',
    en: 'The share of promoters (9–10) minus the share of detractors (0–6). It runs from −100 to +100 and is a score, not a percentage.',
  },
  formula: {
    'zh-CN': '({promoters} − {detractors}) ÷ ({promoters} + {passives} + {detractors}) × 100',
    en: '({promoters} − {detractors}) ÷ ({promoters} + {passives} + {detractors}) × 100',
  },
  inputs: [
    count('promoters', { 'zh-CN': '推荐者人数（9–10 分）', en: 'Promoters (9–10)' }),
    count('passives', { 'zh-CN': '被动者人数（7–8 分）', en: 'Passives (7–8)' }),
    count('detractors', { 'zh-CN': '贬损者人数（0–6 分）', en: 'Detractors (0–6)' }),
  ],
  example: { promoters: 30, passives: 50, detractors: 20 },
  zero: [
    {
      fails: (v) => v.promoters === 0 && v.passives === 0 && v.detractors === 0,
      code: 'division_by_zero',
      message: 'noResponses',
      labels: ['promoters', 'passives', 'detractors'],
    },
  ],
  compute: (v) =>
    exact(v.promoters)
      .minus(v.detractors)
      .dividedBy(exact(v.promoters).plus(v.passives).plus(v.detractors))
      .times(100),
});
