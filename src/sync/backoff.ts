/** The first retry comes after about this long … */
export const BACKOFF_BASE_MS = 2_000;
/** … and the wait doubles with each failure up to this ceiling. */
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * How long to wait before retry number `failures` (1 for the first): exponential growth with
 * "equal jitter", i.e. between half and all of `base · 2^(failures-1)`, capped at `max`. The
 * jitter keeps a classroom of browsers that lost the network together from retrying in step.
 */
export function backoffDelay(failures: number, random: () => number = Math.random, base = BACKOFF_BASE_MS, max = BACKOFF_MAX_MS): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const ceiling = Math.min(max, base * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
