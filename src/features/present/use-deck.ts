import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Chapter, Slide } from '../../content/types.ts';
import type { DeckActions, DeckRegistry } from './deck-commands.ts';
import { presentPath, presenterPath, presenterWindowName } from './slide-paths.ts';
import { useCommandKeys } from './use-command-keys.ts';
import { useDeckSync, type DeckSyncHandle } from './use-deck-sync.ts';
import { useFullscreen } from './use-fullscreen.ts';

export type DeckDialog = 'overview' | 'goTo' | 'help';
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
 * in the address, moves replace the address, other windows follow, and the keys run the registry.
 */
export function useDeck(chapter: Chapter, index: number, view: DeckView, registry: DeckRegistry): Deck {
  const navigate = useNavigate();
  const { slides } = chapter;
  const total = slides.length;
  const slide = slides[index]!;
  const pathFor = view === 'present' ? presentPath : presenterPath;

  const show = useCallback(
    (slideId: string) => {
      if (slides.some((s) => s.id === slideId)) void navigate(pathFor(chapter.id, slideId), { replace: true });
    },
    [slides, navigate, pathFor, chapter.id],
  );
  const goTo = useCallback(
    (target: number) => {
      const next = slides[Math.min(total - 1, Math.max(0, target))];
      if (next && next.id !== slide.id) show(next.id);
    },
    [slides, total, slide.id, show],
  );

  const sync = useDeckSync(chapter.id, slide.id, show);
  const [dialog, setDialog] = useState<DeckDialog | null>(null);
  const toggleFullscreen = useFullscreen();
  const closeDialog = useCallback(() => setDialog(null), []);

  const actions: DeckActions = {
    next: () => goTo(index + 1),
    previous: () => goTo(index - 1),
    first: () => goTo(0),
    last: () => goTo(total - 1),
    toggleOverview: () => setDialog((d) => (d === 'overview' ? null : 'overview')),
    toggleFullscreen,
    toggleBlackout: () => sync.setBlackout(!sync.blackout),
    openGoTo: () => setDialog('goTo'),
    openHelp: () => setDialog('help'),
    openSpeakerView: () => void window.open(presenterPath(chapter.id, slide.id), presenterWindowName(chapter.id)),
  };
  useCommandKeys(registry, actions, dialog === null);

  return { chapter, slide, index, total, goTo, actions, dialog, closeDialog, sync };
}
