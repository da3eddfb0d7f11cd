import { isScorm12Api, type Scorm12Api } from './api.ts';

/** The parts of a window the search reads; any of them may throw for a window of another origin. */
export interface WindowLike {
  readonly API?: unknown;
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

/** How many parent windows up the search looks, as in ADL's reference algorithm. */
export const MAX_PARENT_DEPTH = 7;

/**
 * The SCORM 1.2 API as ADL's reference algorithm finds it (RTE 3.3.6.1): on the window itself,
 * then its parents up to seven levels, then the window that opened it and that window's parents.
 * Frames of another origin are passed over, never thrown out of. Null outside an LMS.
 */
export function findScorm12Api(win: WindowLike): Scorm12Api | null {
  return searchUp(win) ?? searchUp(read(() => win.opener) ?? null);
}

function searchUp(start: WindowLike | null): Scorm12Api | null {
  let win = start;
  for (let depth = 0; win !== null && depth <= MAX_PARENT_DEPTH; depth++) {
    const candidate = read(() => win!.API);
    if (isScorm12Api(candidate)) return candidate;
    const parent: WindowLike | null = read(() => win!.parent) ?? null;
    if (parent === win) return null;
    win = parent;
  }
  return null;
}

/** A property of a window that may belong to another origin, which throws on access. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
