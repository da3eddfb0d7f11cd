/**
 * A score in [0, 1] as a whole percentage, rounded down so that a failing score never shows as the
 * pass mark; the small offset keeps float noise such as 0.58 * 100 = 57.99… from losing a point.
 */
export function toPercent(score: number): number {
  return Math.floor(score * 100 + 1e-7);
}
