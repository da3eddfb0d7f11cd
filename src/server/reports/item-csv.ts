import type { Locale } from '../../content/types.ts';
import type { ItemAnalysis } from '../../protocol/item-analysis.ts';
import { scorePercent, shareCorrect } from '../../protocol/scores.ts';
import { toCsv, type CsvValue } from './csv.ts';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['题号', '题目', '学习目标', '作答次数', '答对次数', '答对率 (%)', '最常选的错误答案', '选择次数'],
  en: ['No.', 'Question', 'Objective', 'Times asked', 'Answered right', 'Share right (%)', 'Most chosen wrong answer', 'Times chosen'],
};

/** One row per question of the bank, texts in the manager's language, shares as whole percents. */
export function itemAnalysisCsv(analysis: ItemAnalysis, locale: Locale): string {
  const objectives = new Map(analysis.objectives.map((objective) => [objective.id, objective.text[locale]]));
  const rows: CsvValue[][] = analysis.items.map((item) => {
    const share = shareCorrect(item);
    return [
      item.number,
      item.prompt[locale],
      item.objectiveId === null ? null : (objectives.get(item.objectiveId) ?? item.objectiveId),
      item.asked,
      item.correct,
      share === null ? null : scorePercent(share),
      item.commonWrong?.answer[locale] ?? null,
      item.commonWrong?.count ?? null,
    ];
  });
  return toCsv([HEADERS[locale], ...rows]);
}
