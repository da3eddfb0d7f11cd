export type PaceStatus = 'ahead' | 'onTime' | 'behind';

export interface Pace {
  status: PaceStatus;
  /** Whole minutes ahead of or behind the plan (0 when on time). */
  minutes: number;
  /** The planned minutes, from the start, during which this slide is shown. */
  from: number;
  to: number;
}

/** Minutes either side of a slide's planned window that still count as on time. */
const GRACE_MINUTES = 1;

/**
 * Where the talk stands against the chapter's planned duration, assuming each slide gets an
 * equal share of it: at slide `index`, `elapsedMs` should fall within that slide's share.
 */
export function pace(elapsedMs: number, index: number, total: number, durationMinutes: number): Pace {
  const share = total > 0 ? durationMinutes / total : 0;
  const from = share * index;
  const to = share * (index + 1);
  const elapsed = Math.max(0, elapsedMs) / 60_000;
  const rounded = { from: Math.round(from), to: Math.round(to) };
  if (elapsed < from - GRACE_MINUTES) return { status: 'ahead', minutes: Math.max(1, Math.round(from - elapsed)), ...rounded };
  if (elapsed > to + GRACE_MINUTES) return { status: 'behind', minutes: Math.max(1, Math.round(elapsed - to)), ...rounded };
  return { status: 'onTime', minutes: 0, ...rounded };
}

/** `mm:ss`, or `h:mm:ss` from an hour on. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
