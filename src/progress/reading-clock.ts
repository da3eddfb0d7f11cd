/**
 * Time on screen per slide, added up over this page's life: a slide counts as seen once it has
 * been on screen for its reading time (`Slide.readingMs`), whether in one stretch or in several
 * (scrolling back, leaving and coming back). Time while the page is hidden does not count.
 */
const spent = new Map<string, number>();

export interface ReadingTimer {
  /** Stops counting (the slide left the screen); what was counted so far is kept. */
  stop: () => void;
}

/** Starts counting a slide's time on screen; `onRead` runs once when its reading time is reached. */
export function startReading(key: string, readingMs: number, onRead: () => void, doc: Document = document): ReadingTimer {
  let since: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const pause = () => {
    if (since !== null) spent.set(key, (spent.get(key) ?? 0) + (Date.now() - since));
    since = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const resume = () => {
    if (done || since !== null || doc.visibilityState === 'hidden') return;
    since = Date.now();
    timer = setTimeout(() => {
      pause();
      done = true;
      onRead();
    }, Math.max(0, readingMs - (spent.get(key) ?? 0)));
  };
  const onVisibility = () => (doc.visibilityState === 'hidden' ? pause() : resume());
  doc.addEventListener('visibilitychange', onVisibility);
  resume();
  return {
    stop: () => {
      pause();
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

/** Forgets the counted time (tests). */
export function resetReadingClock(): void {
  spent.clear();
}
