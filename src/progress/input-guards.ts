/**
 * Actions refuse values the saved-state schema would reject: one bad number stored would make the
 * whole saved progress unreadable at the next visit.
 */
export function requireTime(at: number): void {
  if (!Number.isFinite(at)) throw new RangeError(`Expected a time in epoch milliseconds, got ${at}`);
}

export function requireScore(score: number): void {
  if (!(score >= 0 && score <= 1)) throw new RangeError(`Expected a score between 0 and 1, got ${score}`);
}
