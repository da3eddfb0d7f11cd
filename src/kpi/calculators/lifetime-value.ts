import { amount, defineKpi, money, percent } from '../define.ts';
import { exact } from '../exact.ts';
import { zeroDivisor } from './rules.ts';

const arpu = money('arpu', { 'zh-CN': '每期 ARPU', en: 'ARPU per period' });
const grossMarginPct = percent('gross_margin_pct', { 'zh-CN': '毛利率（%）', en: 'Gross margin (%)' });
const churnRatePct = percent('churn_rate_pct', { 'zh-CN': '每期流失率（%）', en: 'Churn rate per period (%)' });
const noChurn = {
  fails: (v: { churnRatePct: number }) => v.churnRatePct === 0,
  code: 'division_by_zero',
  message: 'zeroChurn',
  field: 'churnRatePct',
} as const;

export const ltvChurn = defineKpi({
  id: 'ltvChurn',
  specId: 'ltv_churn',
  theme: 'finance',
  unit: 'currency',
  name: { 'zh-CN': '客户生命周期价值（流失率法）', en: 'Customer lifetime value (churn method)' },
  description: {
    'zh-CN': '每期 ARPU × 毛利率 ÷ 每期流失率，三者须按同一期间计。流失率极低时，结果会大得不切实际。',
    en: 'ARPU × gross margin ÷ churn rate, all for the same period. A very low churn rate gives an unrealistically large value.',
  },
  formula: {
    'zh-CN': '{arpu} × {grossMarginPct}% ÷ {churnRatePct}%',
    en: '{arpu} × {grossMarginPct}% ÷ {churnRatePct}%',
  },
  inputs: [arpu, grossMarginPct, churnRatePct],
  example: { arpu: 50, grossMarginPct: 70, churnRatePct: 3 },
  zero: [noChurn],
  compute: (v) => exact(v.arpu).times(v.grossMarginPct).dividedBy(v.churnRatePct),
});

export const ltvLifetime = defineKpi({
  id: 'ltvLifetime',
  specId: 'ltv_lifetime',
  theme: 'finance',
  unit: 'currency',
  name: { 'zh-CN': '客户生命周期价值（生命周期法）', en: 'Customer lifetime value (lifetime method)' },
  description: {
    'zh-CN': '每期 ARPU × 毛利率 × 预计客户生命周期（期数）。生命周期取 1 ÷ 流失率时，与流失率法结果相同。',
    en: 'ARPU × gross margin × the expected customer lifetime in periods. With a lifetime of 1 ÷ churn it matches the churn method.',
  },
  formula: {
    'zh-CN': '{arpu} × {grossMarginPct}% × {lifetimePeriods}',
    en: '{arpu} × {grossMarginPct}% × {lifetimePeriods}',
  },
  inputs: [
    arpu,
    grossMarginPct,
    amount('lifetime_periods', 'none', { 'zh-CN': '预计生命周期（期数）', en: 'Expected lifetime (periods)' }),
  ],
  example: { arpu: 50, grossMarginPct: 100, lifetimePeriods: 20 },
  compute: (v) => exact(v.arpu).times(v.grossMarginPct).dividedBy(100).times(v.lifetimePeriods),
});

export const ltvCacRatio = defineKpi({
  id: 'ltvCacRatio',
  specId: 'ltv_cac_ratio',
  theme: 'finance',
  unit: 'times',
  name: { 'zh-CN': 'LTV:CAC 比值', en: 'LTV to CAC ratio' },
  description: {
    'zh-CN': '客户生命周期价值是获客成本的多少倍。约 3 倍常被视为健康，低于 1 倍说明获客在亏钱。',
    en: 'How many times the lifetime value covers the acquisition cost. About 3 is often called healthy; below 1 loses money.',
  },
  formula: { 'zh-CN': '{ltv} ÷ {cac}', en: '{ltv} ÷ {cac}' },
  inputs: [
    money('ltv', { 'zh-CN': '客户生命周期价值（LTV）', en: 'LTV (customer lifetime value)' }),
    money('cac', { 'zh-CN': '单位获客成本（CAC）', en: 'CAC (customer acquisition cost)' }),
  ],
  example: { ltv: 1500, cac: 500 },
  zero: [zeroDivisor('cac')],
  compute: (v) => exact(v.ltv).dividedBy(v.cac),
});

export const cacPaybackMonths = defineKpi({
  id: 'cacPaybackMonths',
  specId: 'cac_payback_months',
  theme: 'finance',
  unit: 'months',
  name: { 'zh-CN': '获客成本回收期', en: 'CAC payback period' },
  description: {
    'zh-CN': '靠每月毛利收回获客成本需要多少个月。若填的是年 ARPU，结果单位就是年。',
    en: 'How many months of gross profit it takes to earn back the acquisition cost. With yearly ARPU the result is in years.',
  },
  formula: {
    'zh-CN': '{cac} ÷ ({monthlyArpu} × {grossMarginPct}%)',
    en: '{cac} ÷ ({monthlyArpu} × {grossMarginPct}%)',
  },
  inputs: [
    money('cac', { 'zh-CN': '单位获客成本（CAC）', en: 'CAC (customer acquisition cost)' }),
    money('monthly_arpu', { 'zh-CN': '月 ARPU', en: 'Monthly ARPU' }),
    grossMarginPct,
  ],
  example: { cac: 600, monthlyArpu: 100, grossMarginPct: 75 },
  zero: [
    { fails: (v) => v.monthlyArpu === 0, code: 'division_by_zero', message: 'zeroGrossProfit', field: 'monthlyArpu' },
    {
      fails: (v) => v.grossMarginPct === 0,
      code: 'division_by_zero',
      message: 'zeroGrossProfit',
      field: 'grossMarginPct',
    },
  ],
  compute: (v) => exact(v.cac).times(100).dividedBy(exact(v.monthlyArpu).times(v.grossMarginPct)),
});

export const customerLifetime = defineKpi({
  id: 'customerLifetime',
  specId: 'customer_lifetime',
  theme: 'finance',
  unit: 'periods',
  name: { 'zh-CN': '客户生命周期时长', en: 'Customer lifetime' },
  description: {
    'zh-CN': '假设流失率不变，客户平均能留存多少期：1 ÷ 流失率。按月流失率计算，结果就是月数。',
    en: 'How many periods a customer stays on average if churn stays constant: 1 ÷ churn rate. Monthly churn gives months.',
  },
  formula: { 'zh-CN': '100 ÷ {churnRatePct}', en: '100 ÷ {churnRatePct}' },
  inputs: [churnRatePct],
  example: { churnRatePct: 2.5 },
  zero: [noChurn],
  compute: (v) => exact(100).dividedBy(v.churnRatePct),
});
