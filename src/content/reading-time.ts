import { slideTextAmount } from './face-budget.ts';
import type { Locale, Slide } from './types.ts';

/**
 * How fast a trainee can plausibly take a slide in: a brisk skim (about twice the usual reading
 * speed), so that no real reader waits on the course, while clicking straight through does not
 * count as reading. The floor covers a diagram or a calculator with few words.
 */
export const READING_PACE = {
  hanPerSecond: 15,
  wordsPerSecond: 5,
  minMs: 4_000,
  maxMs: 60_000,
} as const;

/** The least time on screen after which a slide counts as seen. */
export function minimumReadingMs(slide: Pick<Slide, 'title' | 'face' | 'depth'>, locale: Locale): number {
  const amount = slideTextAmount(slide, locale);
  const perSecond = locale === 'zh-CN' ? READING_PACE.hanPerSecond : READING_PACE.wordsPerSecond;
  const ms = Math.round(((amount / perSecond) * 1000) / 100) * 100;
  return Math.min(READING_PACE.maxMs, Math.max(READING_PACE.minMs, ms));
}
