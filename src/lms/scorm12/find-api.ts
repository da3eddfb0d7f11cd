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
 * A course opened in a pop-up with frames of its own is found through the pop-up's opener too.
 * Frames of another origin are passed over, never thrown out of. Null outside an LMS.
 */
export function findScorm12Api(win: WindowLike): Scorm12Api | null {
  const own = searchUp(win);
  if (own.api !== null) return own.api;
  const opener = read(() => win.opener) ?? null;
  const fromOpener = opener === null ? null : searchUp(opener).api;
  if (fromOpener !== null || own.top === win) return fromOpener;
  const topOpener = read(() => own.top.opener) ?? null;
  return topOpener === null || topOpener === opener ? null : searchUp(topOpener).api;
}

/** The API on `start` or its parents, and the topmost window the search reached. */
function searchUp(start: WindowLike): { api: Scorm12Api | null; top: WindowLike } {
  let win = start;
  for (let depth = 0; ; depth++) {
    const candidate = read(() => win.API);
    if (isScorm12Api(candidate)) return { api: candidate, top: win };
    const parent = read(() => win.parent) ?? null;
    if (parent === null || parent === win || depth === MAX_PARENT_DEPTH) return { api: null, top: win };
    win = parent;
  }
}

/** A property of a window that may belong to another origin, which throws on access. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
