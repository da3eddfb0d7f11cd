/**
 * A reader's exact place in a lesson: the slide at the top of the window and how far down it the
 * window's top edge is, in slide heights (so a place survives the other language's longer or
 * shorter text). Kept for the tab in sessionStorage, so a reload or a language switch returns
 * there; the address names the slide.
 */
export interface LessonPlace {
  chapterId: string;
  slideId: string;
  /** 0 at the slide's top edge, 1 at its bottom; past the last slide it keeps counting. */
  offset: number;
}

export interface SectionBox {
  slideId: string;
  /** Top edge relative to the window's top edge (negative once scrolled past). */
  top: number;
  height: number;
}

const STORAGE_KEY = 'courseware:lesson-place';

/**
 * The place at the window's top edge (`line`, pixels below it): the first section not yet
 * scrolled past, or the last section once past them all; null above the first (the chapter's
 * introduction).
 */
export function placeAt(chapterId: string, sections: readonly SectionBox[], line = 0): LessonPlace | null {
  const first = sections[0];
  if (first === undefined || first.top > line) return null;
  const box = sections.find((s) => s.top + s.height > line) ?? sections.at(-1)!;
  const offset = box.height > 0 ? (line - box.top) / box.height : 0;
  return { chapterId, slideId: box.slideId, offset: Math.max(0, Math.round(offset * 1000) / 1000) };
}

/** How far to scroll the window from where it is so that `offset` of the section sits at `line`. */
export function scrollDelta(section: Pick<SectionBox, 'top' | 'height'>, offset: number, line = 0): number {
  return section.top + offset * section.height - line;
}

export function savePlace(place: LessonPlace | null, storage: Storage = sessionStorage): void {
  try {
    if (place === null) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(place));
  } catch {
    // Storage refused (private mode, full): the address still names the slide.
  }
}

/** The saved place if it is in this chapter at this slide, else the slide's top. */
export function placeFor(chapterId: string, slideId: string, storage: Storage = sessionStorage): LessonPlace {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<LessonPlace> | null;
    if (saved?.chapterId === chapterId && saved.slideId === slideId && typeof saved.offset === 'number' && Number.isFinite(saved.offset)) {
      return { chapterId, slideId, offset: Math.max(0, saved.offset) };
    }
  } catch {
    // Unreadable: start at the slide's top.
  }
  return { chapterId, slideId, offset: 0 };
}
