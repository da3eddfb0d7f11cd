import type { LocalizedText } from '../../content/types.ts';
import type { ChapterText } from '../reports/quiz-text.ts';
import { timeFormatter, toCsv, type CsvValue } from '../reports/csv.ts';
import { isCorrect, type Poll } from './poll.ts';
import type { Room } from './room.ts';

export type CsvLocale = 'zh-CN' | 'en';

const HEADERS: Record<CsvLocale, string[]> = {
  'zh-CN': ['投票', '幻灯片', '题目', '题型', '参与者', '答案', '是否正确', '作答时间'],
  en: ['Poll', 'Slide', 'Question', 'Kind', 'Participant', 'Answer', 'Correct', 'Answered at'],
};

const KINDS: Record<CsvLocale, Record<Poll['kind'], string>> = {
  'zh-CN': { single: '单选', multiple: '多选', truefalse: '判断', numeric: '数值' },
  en: { single: 'single choice', multiple: 'multiple choice', truefalse: 'true/false', numeric: 'number' },
};

const YES_NO: Record<CsvLocale, [string, string]> = { 'zh-CN': ['是', '否'], en: ['yes', 'no'] };
const TRUE_FALSE: Record<string, LocalizedText> = {
  true: { 'zh-CN': '正确', en: 'True' },
  false: { 'zh-CN': '错误', en: 'False' },
};

export interface ResultsCsvOptions {
  locale: CsvLocale;
  /** The manager's time zone, for the answer times. */
  timeZone: string;
  /** The chapter's question and option texts (ids and letters are shown where a text is missing). */
  text?: ChapterText;
}

/**
 * Every answer to every poll of the room, one row each, poll by poll in answer order: the
 * question and the chosen options in words, times in the manager's time zone. UTF-8 with a
 * byte-order mark (Excel); cells that a spreadsheet would run as formulas are defused.
 */
export function resultsCsv(room: Room, { locale, timeZone, text }: ResultsCsvOptions): string {
  const [yes, no] = YES_NO[locale];
  const formatTime = timeFormatter(timeZone);
  const rows: CsvValue[][] = [HEADERS[locale]];
  for (const poll of room.polls) {
    const quiz = text?.quizzes.get(poll.quizId);
    const optionText = (id: string) => (poll.kind === 'truefalse' ? TRUE_FALSE[id]?.[locale] : quiz?.options.get(id)?.[locale]) ?? id;
    const answers = [...poll.answers].sort((a, b) => a[1].at - b[1].at);
    for (const [participantId, answer] of answers) {
      rows.push([
        poll.number,
        poll.slideId,
        quiz?.prompt[locale] ?? poll.quizId,
        KINDS[locale][poll.kind],
        room.participants.get(participantId)?.name ?? '',
        poll.kind === 'numeric' ? answer.value : (answer.choices ?? []).map(optionText).join('; '),
        isCorrect(poll, answer) ? yes : no,
        formatTime(answer.at),
      ]);
    }
  }
  return toCsv(rows);
}

export function resultsFileName(room: Room): string {
  return `attachment; filename="live-${room.code}-results.csv"`;
}
