import { count, defineKpi, numberList } from '../define.ts';
import { exact } from '../exact.ts';
import { exceeds, zeroDivisor } from './rules.ts';

export const conversionRate = defineKpi({
  id: 'conversionRate',
  specId: 'conversion_rate',
  theme: 'funnel',
  unit: 'percent',
  name: { 'zh-CN': '转化率', en: 'Conversion rate' },
  description: {
    'zh-CN': '完成目标行为（例如下单）的独立访客占全部独立访客的比例，衡量营销和销售的效率。',
    en: 'The share of unique visitors who complete the goal, such as placing an order. It measures marketing and sales efficiency.',
  },
  formula: { 'zh-CN': '{conversions} ÷ {visitors} × 100', en: '{conversions} ÷ {visitors} × 100' },
  inputs: [
    count('visitors', { 'zh-CN': '独立访客数', en: 'Unique visitors' }),
    count('conversions', { 'zh-CN': '转化人数', en: 'Converted visitors' }),
  ],
  example: { visitors: 10000, conversions: 500 },
  zero: [zeroDivisor('visitors')],
  consistency: [exceeds('conversions_exceed_visitors', 'conversions', 'visitors')],
  compute: (v) => exact(v.conversions).dividedBy(v.visitors).times(100),
});

export const funnelStepConversion = defineKpi({
  id: 'funnelStepConversion',
  specId: 'funnel_step_conversion',
  theme: 'funnel',
  unit: 'percent',
  name: { 'zh-CN': '漏斗单步转化率', en: 'Funnel step conversion' },
  description: {
    'zh-CN': '进入漏斗某一步的用户中，完成这一步、进入下一步的比例。',
    en: 'The share of users entering a funnel step who complete it and reach the next step.',
  },
  formula: { 'zh-CN': '{completed} ÷ {entered} × 100', en: '{completed} ÷ {entered} × 100' },
  inputs: [
    count('entered', { 'zh-CN': '进入该步的人数', en: 'Users entering the step' }),
    count('completed', { 'zh-CN': '完成该步的人数', en: 'Users completing the step' }),
  ],
  example: { entered: 10000, completed: 3200 },
  zero: [zeroDivisor('entered')],
  consistency: [exceeds('stage_exceeds_previous', 'completed', 'entered')],
  compute: (v) => exact(v.completed).dividedBy(v.entered).times(100),
});

function firstWidening(stages: readonly number[]): number {
  return stages.findIndex((stage, index) => index > 0 && stage > stages[index - 1]!);
}

export const funnelOverallConversion = defineKpi({
  id: 'funnelOverallConversion',
  specId: 'funnel_overall_conversion',
  theme: 'funnel',
  unit: 'percent',
  name: { 'zh-CN': '漏斗整体转化率', en: 'Overall funnel conversion' },
  description: {
    'zh-CN': '最后一层人数占第一层人数的比例。它等于各步转化率的乘积，而不是平均值。',
    en: 'The last stage as a share of the first. It equals the product of the step rates, not their average.',
  },
  formula: {
    'zh-CN': '最后一层 ÷ 第一层 × 100，各层人数：{stages}',
    en: 'last stage ÷ first stage × 100, with stages {stages}',
  },
  inputs: [numberList('stages', 'count', { 'zh-CN': '各层人数（从上到下）', en: 'Stage counts (top to bottom)' })],
  example: { stages: [10000, 3200, 1440, 360] },
  shape: [{ fails: (v) => v.stages.length < 2, code: 'insufficient_stages', message: 'tooFewStages', field: 'stages' }],
  zero: [{ fails: (v) => v.stages[0] === 0, code: 'division_by_zero', message: 'zeroFirstStage', field: 'stages' }],
  consistency: [
    {
      fails: (v) => firstWidening(v.stages) !== -1,
      code: 'stage_exceeds_previous',
      message: 'stageExceedsPrevious',
      field: 'stages',
      position: (v) => firstWidening(v.stages) + 1,
    },
  ],
  // The shape rule guarantees at least two stages.
  compute: (v) => exact(v.stages.at(-1)!).dividedBy(v.stages[0]!).times(100),
});
