import type { Locale } from '../../content/types.ts';

/**
 * A score in [0, 1] as a whole percentage, rounded down so a failing score never shows as the pass
 * mark; the small offset keeps float noise such as 0.58 * 100 = 57.99… from losing a point.
 */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(Math.floor(score * 100 + 1e-7) / 100);
}

export function formatDate(at: number, locale: Locale, dateStyle: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle }).format(at);
}
