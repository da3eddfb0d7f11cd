import type { ChapterRecord } from '../../progress/progress-schema.ts';
import { localDay } from './download.ts';

export interface DailyActivity {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Local midnight that starts the day, epoch ms. */
  start: number;
  /** Slides seen for the first time that day. */
  slides: number;
  /** Chapter-test attempts submitted that day. */
  quizzes: number;
}

/** How many days the activity chart covers, ending with the latest day of activity. */
export const ACTIVITY_DAYS = 30;

/**
 * Activity per local day, from the first-seen times of slides and the times of quiz attempts.
 * Covers up to `days` consecutive days ending on the latest active day; idle days count zero so
 * the chart's spacing matches the calendar. Empty when nothing was recorded.
 */
export function dailyActivity(chapters: Record<string, ChapterRecord>, days = ACTIVITY_DAYS): DailyActivity[] {
  const counts = new Map<string, { slides: number; quizzes: number }>();
  let first = Infinity;
  let last = -Infinity;
  const count = (at: number, kind: 'slides' | 'quizzes') => {
    const key = localDay(at);
    const entry = counts.get(key) ?? { slides: 0, quizzes: 0 };
    entry[kind]++;
    counts.set(key, entry);
    first = Math.min(first, at);
    last = Math.max(last, at);
  };
  for (const record of Object.values(chapters)) {
    for (const at of Object.values(record.seen)) count(at, 'slides');
    for (const attempt of record.attempts) count(attempt.at, 'quizzes');
  }
  if (counts.size === 0) return [];

  const firstDay = startOfDay(first);
  const result: DailyActivity[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const date = new Date(startOfDay(last));
    // setDate steps by calendar days, so days around a daylight-saving change stay whole.
    date.setDate(date.getDate() - back);
    const start = date.getTime();
    if (start < firstDay) continue;
    const day = localDay(start);
    result.push({ day, start, ...(counts.get(day) ?? { slides: 0, quizzes: 0 }) });
  }
  return result;
}

function startOfDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}
