import { defineMessages } from '../define-messages.ts';

/** Names of a slide's blocks where they are drawn: callouts, diagrams, and interactive blocks not yet available. */
export const blockMessages = defineMessages({
  'zh-CN': {
    'block.quiz': '小测验',
    'block.calculator': '指标计算器',
    'block.chart': '图表',
    'block.callout.tip': '提示',
    'block.callout.warning': '注意',
    'block.callout.case': '案例',
    'block.pending': '此互动内容将在后续版本中提供。',
    'block.chartTable': '图表数据',
    'block.diagram.cycle': '循环图',
    'block.diagram.flow': '流程图',
    'block.diagram.matrix': '矩阵图',
    'block.diagram.funnel': '漏斗图',
    'block.diagram.hierarchy': '层级图',
    'block.diagram.timeline': '时间线',
  },
  en: {
    'block.quiz': 'Quiz',
    'block.calculator': 'KPI calculator',
    'block.chart': 'Chart',
    'block.callout.tip': 'Tip',
    'block.callout.warning': 'Watch out',
    'block.callout.case': 'Case',
    'block.pending': 'This interactive block arrives in a later version.',
    'block.chartTable': 'Chart data',
    'block.diagram.cycle': 'Cycle diagram',
    'block.diagram.flow': 'Process flow',
    'block.diagram.matrix': 'Matrix',
    'block.diagram.funnel': 'Funnel',
    'block.diagram.hierarchy': 'Hierarchy',
    'block.diagram.timeline': 'Timeline',
  },
});
