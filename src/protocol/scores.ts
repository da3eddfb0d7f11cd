import type { Locale } from '../content/types.ts';

/**
 * A score in [0, 1] as a whole percentage, the one rule every screen, export and report shows:
 * rounded down, so a failing score never shows as the pass mark (79.9% is 79%, not 80%); the small
 * offset keeps float noise such as 0.58 × 100 = 57.99… from losing a point.
 */
export function scorePercent(score: number): number {
  return Math.floor(score * 100 + 1e-7);
}

/** `scorePercent` written the locale's way (`80%`). */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(scorePercent(score) / 100);
}

/** Share answered fully right, 0..1, or null when never asked. */
export function shareCorrect(stat: { asked: number; correct: number }): number | null {
  return stat.asked === 0 ? null : stat.correct / stat.asked;
}
