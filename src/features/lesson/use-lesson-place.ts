import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { FOLLOWED, isFollowed } from './followed-state.ts';
import { placeAt, placeFor, savePlace, scrollDelta, type LessonPlace } from './lesson-place.ts';
import { slideElementId } from './slide-section.tsx';

/** The reading line: a slide's top edge sits this far below the window's top when it is gone to (its scroll margin). */
const LINE_PX = 16;
/** Scrolling has ended once it pauses this long. */
const SETTLE_MS = 150;
/** A restored place is held this long against content that arrives above it (charts, calculators), unless the reader moves first. */
const HOLD_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;


function sectionBoxes() {
  return [...document.querySelectorAll<HTMLElement>('section.lesson-slide')].map((element) => {
    const rect = element.getBoundingClientRect();
    return { slideId: element.dataset.slideId ?? '', top: rect.top, height: rect.height };
  });
}

/**
 * Keeps the reader's place. The address follows scrolling (the slide at the top of the window), and
 * the exact place within it is kept for the tab, so a reload or a language switch comes back to the
 * same line; going to a slide (a link, the table of contents) shows its top and focuses its heading.
 */
export function useLessonPlace(chapterId: string, slideId: string | null, known: boolean): void {
  const location = useLocation();
  const navigate = useNavigate();
  const followed = isFollowed(location.state);
  const handledKey = useRef<string | null>(null);
  const holding = useRef<(() => void) | null>(null);
  const shownSlide = useRef(slideId);
  useEffect(() => {
    shownSlide.current = slideId;
  }, [slideId]);

  // Going somewhere: to the saved place on arrival (reload, language switch), else to the slide's top.
  useEffect(() => {
    if (!known || handledKey.current === location.key) return;
    const arriving = handledKey.current === null;
    handledKey.current = location.key;
    if ((followed && !arriving) || slideId === null) return;
    holding.current?.();
    const place = arriving ? placeFor(chapterId, slideId) : { chapterId, slideId, offset: 0 };
    const release = holdPlace(place, () => {
      if (holding.current === release) holding.current = null;
    });
    holding.current = release;
    // A language switch keeps focus on its button; anything else lands on the slide's heading.
    if (!document.activeElement?.closest('.site-header')) {
      document.getElementById(slideElementId(slideId))?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    }
  }, [location.key, followed, known, chapterId, slideId]);

  useEffect(() => () => holding.current?.(), []);

  // Following the reader: once scrolling pauses, save the place and name its slide in the address.
  useEffect(() => {
    if (!known) return undefined;
    let timer: number | undefined;
    const record = () => {
      const place = placeAt(chapterId, sectionBoxes(), LINE_PX);
      savePlace(place);
      const target = place?.slideId ?? null;
      if (target === shownSlide.current) return;
      void navigate(`/learn/${chapterId}${target === null ? '' : `/${target}`}`, { replace: true, state: FOLLOWED });
    };
    const onScroll = () => {
      if (holding.current !== null) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(record, SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, [known, chapterId, navigate]);
}

/**
 * Scrolls to `place` and keeps it there while the page grows, until the reader moves, something
 * else scrolls the page (a link to a fragment, the browser keeping its own anchor) or time is up.
 */
function holdPlace(place: LessonPlace, onRelease: () => void): () => void {
  let heldAt = window.scrollY;
  const apply = () => {
    const section = document.getElementById(slideElementId(place.slideId));
    if (!section) return;
    const delta = scrollDelta(section.getBoundingClientRect(), place.offset, LINE_PX);
    if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
    heldAt = window.scrollY;
  };
  const onScroll = () => {
    if (Math.abs(window.scrollY - heldAt) > 2) release();
  };
  apply();
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(apply);
  observer?.observe(document.body);
  const timer = window.setTimeout(() => release(), HOLD_MS);
  const release = () => {
    observer?.disconnect();
    window.clearTimeout(timer);
    for (const type of READER_MOVES) window.removeEventListener(type, release, true);
    window.removeEventListener('scroll', onScroll);
    onRelease();
  };
  for (const type of READER_MOVES) window.addEventListener(type, release, { capture: true, passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  return release;
}
