import type { Locale } from '../../content/types.ts';

/** Date and time of an event (epoch ms), short, in the manager's language and time zone. */
export function formatDateTime(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/** Month, day and time without the year: for a compact table (the full date goes in its title). */
export function formatShortDateTime(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
}

export function formatDay(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(at));
}

export function formatClock(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(at));
}

/** A `YYYY-MM-DD` calendar date, as it reads on a calendar (no time-zone shift). */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** 0..100 → "85%". */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A score 0..1 → "85%", by the one rule of the protocol (whole percent, rounded down). */
export { formatScore } from '../../protocol/scores.ts';
