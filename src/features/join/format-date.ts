import type { Locale } from '../../content/types.ts';

/** A `YYYY-MM-DD` calendar date in the reader's language, without any time-zone shift. */
export function formatDueDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(year, month - 1, day));
}
