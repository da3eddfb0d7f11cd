import type { KpiLocale, LocalizedText } from './types.ts';

// Placeholders: {a}, {b}, {c} are input labels (in English {A} starts a sentence and {a} sits
// inside one); {position} and {previous} are 1-based positions in a list.
const TEMPLATES = {
  unknownCalculator: {
    'zh-CN': '没有这个计算器，请从列表中选择一个指标。',
    en: 'There is no such calculator; choose a metric from the list.',
  },
  unreadableInputs: {
    'zh-CN': '无法读取输入的数据，请重新填写各项数值。',
    en: 'The inputs could not be read; fill in the fields again.',
  },
  missing: {
    'zh-CN': '请填写{a}。',
    en: 'Enter a value for {a}.',
  },
  notNumber: {
    'zh-CN': '{a}必须是一个有效的数字，请重新输入。',
    en: '{A} must be a valid number; type it again.',
  },
  notNumberList: {
    'zh-CN': '{a}必须是一组有效的数字，请逐项检查。',
    en: '{A} must be a list of valid numbers; check each entry.',
  },
  notBoolean: {
    'zh-CN': '请为{a}选择“是”或“否”。',
    en: 'Choose yes or no for {a}.',
  },
  notLabel: {
    'zh-CN': '{a}必须是数字或简短文字，请重新输入。',
    en: '{A} must be a number or a short text; type it again.',
  },
  unexpected: {
    'zh-CN': '这些输入无法计算，请检查后重试。',
    en: 'These inputs could not be calculated; check them and try again.',
  },
  negative: {
    'zh-CN': '{a}不能为负数，请输入 0 或更大的数。',
    en: '{A} cannot be negative; enter 0 or more.',
  },
  negativeInList: {
    'zh-CN': '{a}的第 {position} 项是负数，请改为 0 或更大的数。',
    en: 'Entry {position} of {a} is negative; change it to 0 or more.',
  },
  percentRange: {
    'zh-CN': '{a}必须在 0 到 100 之间，请输入这个范围内的百分数。',
    en: '{A} must be between 0 and 100; enter a percentage in that range.',
  },
  percentRangeInList: {
    'zh-CN': '{a}的第 {position} 项不在 0 到 100 之间，请改为这个范围内的百分数。',
    en: 'Entry {position} of {a} is not between 0 and 100; change it to a percentage in that range.',
  },
  zeroDays: {
    'zh-CN': '{a}必须大于 0，例如一年填 365，一个季度填 91。',
    en: '{A} must be more than 0, for example 365 for a year or 91 for a quarter.',
  },
  resultTooLarge: {
    'zh-CN': '计算结果大得无法显示，请检查输入的数字是否符合实际。',
    en: 'The result is too large to show; check that the numbers are realistic.',
  },
  emptyList: {
    'zh-CN': '{a}至少需要一个数值，请添加数据。',
    en: '{A} needs at least one value; add some data.',
  },
  tooFewStages: {
    'zh-CN': '{a}至少需要两层，请补充下一层的人数。',
    en: '{A} needs at least two stages; add the count for the next stage.',
  },
  zeroDivisor: {
    'zh-CN': '{a}为 0 时无法计算（不能除以 0），请输入大于 0 的数。',
    en: '{A} cannot be 0 because the formula divides by it; enter a number above 0.',
  },
  zeroFirstStage: {
    'zh-CN': '第一层人数为 0，无法计算转化率，请输入大于 0 的人数。',
    en: 'The first stage is 0, so no conversion can be calculated; enter a count above 0.',
  },
  zeroAverageInventory: {
    'zh-CN': '{a}和{b}都为 0，平均库存为 0，无法计算，请至少输入一个大于 0 的库存额。',
    en: '{A} and {b} are both 0, so average inventory is 0; enter at least one value above 0.',
  },
  zeroCogs: {
    'zh-CN': '{a}为 0 表示库存从未售出，周转天数无穷大，请输入大于 0 的销货成本。',
    en: '{A} of 0 means the stock never sells and the days are endless; enter a cost above 0.',
  },
  zeroGrossProfit: {
    'zh-CN': '{a}为 0 时每月毛利为 0，获客成本永远收不回，请输入大于 0 的数。',
    en: 'With {a} at 0 there is no monthly gross profit, so the cost is never paid back; enter a number above 0.',
  },
  zeroChurn: {
    'zh-CN': '{a}为 0 表示客户永不流失，结果无穷大，请输入大于 0 的流失率。',
    en: '{A} of 0 means customers never leave, so the result is endless; enter a churn rate above 0.',
  },
  noResponses: {
    'zh-CN': '还没有任何调查回答：{a}、{b}和{c}不能都为 0，请至少输入一个回答。',
    en: 'There are no survey responses yet: {a}, {b} and {c} cannot all be 0; enter at least one response.',
  },
  exceeds: {
    'zh-CN': '{a}不能大于{b}，请检查这两个数字。',
    en: '{A} cannot exceed {b}; check both numbers.',
  },
  retainedExceedsStart: {
    'zh-CN': '{a}减去{b}不能大于{c}，留下的老客户不可能比期初还多，请检查这三个数字。',
    en: '{A} minus {b} cannot exceed {c}, because no more customers can stay than were there; check the three numbers.',
  },
  stageExceedsPrevious: {
    'zh-CN': '第 {position} 层人数不能大于第 {previous} 层，漏斗只会逐层变窄，请检查这两个数字。',
    en: 'Stage {position} cannot be larger than stage {previous}, because a funnel only narrows; check both counts.',
  },
} satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof TEMPLATES;

interface MessageParams {
  labels?: readonly LocalizedText[];
  position?: number;
}

const LABEL_SLOTS = ['a', 'b', 'c'] as const;

function inlineEnglish(label: string): string {
  const second = label.charAt(1);
  // Acronyms such as "DAU" or "COGS" keep their capitals inside a sentence.
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
}

function fill(template: string, locale: KpiLocale, params: MessageParams): string {
  const position = params.position ?? 0;
  return template.replace(/\{([a-zA-Z]+)\}/g, (placeholder, key: string) => {
    if (key === 'position') return String(position);
    if (key === 'previous') return String(position - 1);
    const slot = LABEL_SLOTS.indexOf(key.toLowerCase() as (typeof LABEL_SLOTS)[number]);
    const label = params.labels?.[slot]?.[locale];
    if (label === undefined) return placeholder;
    if (locale === 'zh-CN' || key !== key.toLowerCase()) return label;
    return inlineEnglish(label);
  });
}

export function renderMessage(key: MessageKey, params: MessageParams = {}): LocalizedText {
  const template = TEMPLATES[key];
  return { 'zh-CN': fill(template['zh-CN'], 'zh-CN', params), en: fill(template.en, 'en', params) };
}
