import type { Locale } from '../../content/types.ts';

/** Scores show by the one rule of the protocol (whole percent, rounded down). */
export { formatScore } from '../../protocol/scores.ts';

export function formatDate(at: number, locale: Locale, dateStyle: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle }).format(at);
}
