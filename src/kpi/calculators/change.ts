import { amount, defineKpi, flag } from '../define.ts';
import { exact } from '../exact.ts';
import { zeroDivisor } from './rules.ts';

const before = amount('before', 'none', { 'zh-CN': '变化前的值', en: 'Value before' });
const after = amount('after', 'none', { 'zh-CN': '变化后的值', en: 'Value after' });

export const percentChange = defineKpi({
  id: 'percentChange',
  specId: 'percent_change',
  theme: 'fulfilment',
  unit: 'percent',
  name: { 'zh-CN': '变化率（环比 / 同比）', en: 'Percent change' },
  description: {
    'zh-CN': '新值相对旧值变化了百分之几，正数表示增长，负数表示下降；环比和同比都用这个公式。',
    en: 'How much the new value differs from the old one, in percent: positive is an increase, negative a decrease. Period-over-period and year-over-year both use it.',
  },
  formula: { 'zh-CN': '({after} − {before}) ÷ {before} × 100', en: '({after} − {before}) ÷ {before} × 100' },
  inputs: [before, after],
  example: { before: 25, after: 30 },
  zero: [zeroDivisor('before')],
  compute: (v) => exact(v.after).minus(v.before).dividedBy(v.before).times(100),
});

export const improvementPct = defineKpi({
  id: 'improvementPct',
  specId: 'improvement_pct',
  theme: 'fulfilment',
  unit: 'percent',
  name: { 'zh-CN': '改善幅度', en: 'Improvement' },
  description: {
    'zh-CN': '优化前后对比改善了百分之几。对越低越好的指标（时长、成本、投诉），下降就是改善；正数表示变好，负数表示变差。',
    en: 'How much better the metric got, in percent. For lower-is-better metrics such as time, cost or complaints, a drop is an improvement; positive means better, negative worse.',
  },
  formula: {
    'zh-CN': '越低越好：({before} − {after}) ÷ {before} × 100；越高越好：({after} − {before}) ÷ {before} × 100',
    en: 'lower is better: ({before} − {after}) ÷ {before} × 100; higher is better: ({after} − {before}) ÷ {before} × 100',
  },
  inputs: [before, after, flag('lower_is_better', { 'zh-CN': '越低越好', en: 'Lower is better' })],
  example: { before: 48, after: 24, lowerIsBetter: true },
  zero: [zeroDivisor('before')],
  compute: (v) => {
    const gain = v.lowerIsBetter ? exact(v.before).minus(v.after) : exact(v.after).minus(v.before);
    return gain.dividedBy(v.before).times(100);
  },
});
