import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import type { Chapter, Slide } from '../../content/types.ts';
import type { DeckActions, DeckRegistry } from './deck-commands.ts';
import { presentPath, presenterPath, presenterWindowName } from './slide-paths.ts';
import { useCommandKeys } from './use-command-keys.ts';
import { useDeckSync, type DeckSyncHandle } from './use-deck-sync.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useShownSlide } from './use-shown-slide.ts';
import { ANSWER_KEY } from '../../ui/presentation-sync.tsx';

export type DeckDialog = 'overview' | 'goTo' | 'help' | 'depth';
export type DeckView = 'present' | 'presenter';

export interface Deck {
  chapter: Chapter;
  slide: Slide;
  index: number;
  total: number;
  /** Shows the slide at this 0-based index (clamped), here and in the other windows. */
  goTo: (index: number) => void;
  actions: DeckActions;
  dialog: DeckDialog | null;
  closeDialog: () => void;
  sync: DeckSyncHandle;
}

/**
 * The state and behaviour slide mode and the presenter view share: the current slide is the one
 * in the address (written just after a move here is painted), other windows follow, and the keys
 * run the registry.
 */
export function useDeck(chapter: Chapter, addressIndex: number, view: DeckView, registry: DeckRegistry): Deck {
  const navigate = useNavigate();
  const { slides } = chapter;
  const total = slides.length;
  const pathFor = view === 'present' ? presentPath : presenterPath;
  const writeAddress = useCallback(
    (target: number) => void navigate(pathFor(chapter.id, slides[target]!.id), { replace: true }),
    [navigate, pathFor, chapter.id, slides],
  );
  const [index, show] = useShownSlide(addressIndex, writeAddress);
  const slide = slides[index]!;

  // A move asked for but not yet rendered: quick presses count from it, not from the slide shown.
  const requested = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (requested.current === index) requested.current = null;
  }, [index]);

  const showRemote = useCallback(
    (slideId: string) => {
      const target = slides.findIndex((s) => s.id === slideId);
      if (target === -1) return;
      requested.current = null;
      show(target);
    },
    [slides, show],
  );
  const sync = useDeckSync(chapter.id, slide.id, showRemote);
  const { announce } = sync;
  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.min(total - 1, Math.max(0, target));
      const next = slides[clamped];
      if (!next || clamped === (requested.current ?? index)) return;
      requested.current = clamped === index ? null : clamped;
      announce(next.id);
      show(clamped);
    },
    [slides, total, index, show, announce],
  );
  const step = (delta: number) => goTo((requested.current ?? index) + delta);

  // As the router writes it (`#/presenter/…` in the SCORM package's hash routing), for window.open.
  const speakerHref = useHref(presenterPath(chapter.id, slide.id));
  const [dialog, setDialog] = useState<DeckDialog | null>(null);
  const toggleFullscreen = useFullscreen();
  const closeDialog = useCallback(() => setDialog(null), []);

  const actions: DeckActions = {
    next: () => step(1),
    previous: () => step(-1),
    first: () => goTo(0),
    last: () => goTo(total - 1),
    toggleOverview: () => setDialog((d) => (d === 'overview' ? null : 'overview')),
    toggleFullscreen,
    toggleBlackout: () => sync.setBlackout(!sync.blackout),
    openGoTo: () => setDialog('goTo'),
    openHelp: () => setDialog('help'),
    openSpeakerView: () => void window.open(speakerHref, presenterWindowName(chapter.id)),
    toggleAnswer: () => {
      if (slide.face.some((block) => block.type === 'quiz')) sync.toggleBlock(slide.id, ANSWER_KEY);
    },
    toggleDepth: () => setDialog((d) => (d === 'depth' || slide.depth.length === 0 ? null : 'depth')),
  };
  useCommandKeys(registry, actions, dialog === null);

  return { chapter, slide, index, total, goTo, actions, dialog, closeDialog, sync };
}
