import { toCsv, type CsvValue } from '../reports/csv.ts';
import { isCorrect, type Poll } from './poll.ts';
import type { Room } from './room.ts';

export type CsvLocale = 'zh-CN' | 'en';

const HEADERS: Record<CsvLocale, string[]> = {
  'zh-CN': ['投票', '幻灯片', '题目', '题型', '参与者', '答案', '是否正确', '作答时间 (UTC)'],
  en: ['Poll', 'Slide', 'Question', 'Kind', 'Participant', 'Answer', 'Correct', 'Answered at (UTC)'],
};

const YES_NO: Record<CsvLocale, [string, string]> = { 'zh-CN': ['是', '否'], en: ['yes', 'no'] };

function answerText(poll: Poll, choices: string[] | null, value: number | null): string {
  if (poll.kind === 'numeric') return value === null ? '' : String(value);
  return (choices ?? []).join('; ');
}

/**
 * Every answer to every poll of the room, one row each, poll by poll in answer order. UTF-8 with
 * a byte-order mark (Excel), cells that a spreadsheet would run as formulas are defused.
 */
export function resultsCsv(room: Room, locale: CsvLocale): string {
  const [yes, no] = YES_NO[locale];
  const rows: CsvValue[][] = [HEADERS[locale]];
  for (const poll of room.polls) {
    const answers = [...poll.answers].sort((a, b) => a[1].at - b[1].at);
    for (const [participantId, answer] of answers) {
      rows.push([
        poll.number,
        poll.slideId,
        poll.quizId,
        poll.kind,
        room.participants.get(participantId)?.name ?? '',
        answerText(poll, answer.choices, answer.value),
        isCorrect(poll, answer) ? yes : no,
        new Date(answer.at).toISOString(),
      ]);
    }
  }
  return toCsv(rows);
}

export function resultsFileName(room: Room): string {
  return `attachment; filename="live-${room.code}-results.csv"`;
}
