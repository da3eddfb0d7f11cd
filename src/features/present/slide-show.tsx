import '../../i18n/messages/present-register.ts';
import { useMemo, useRef } from 'react';
import type { Chapter } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { PresentationSyncProvider } from '../../ui/presentation-sync.tsx';
import { DeckDialogs } from './deck-dialogs.tsx';
import type { DeckSlot } from './deck-slot.ts';
import { slideModeCommands } from './deck-commands.ts';
import { SlideAnnouncer } from './slide-announcer.tsx';
import { SlideControls } from './slide-controls.tsx';
import { SlideStage } from './slide-stage.tsx';
import { useDeck } from './use-deck.ts';
import { usePageMeta } from './use-page-meta.ts';
import { useSlideSeen } from './use-slide-seen.ts';
import { useStageFocus } from './use-stage-focus.ts';
import { useSwipe } from './use-swipe.ts';

interface SlideShowProps {
  chapter: Chapter;
  /** The slide the address names (0-based); a move made here shows before the address follows. */
  index: number;
  lang: string | undefined;
  /** Shown over the slide (the app supplies the live session's projector view). */
  overlay?: DeckSlot | undefined;
}

/** Slide mode: one slide at a time on a stage that fills the window, for the projector. */
export function SlideShow({ chapter, index, lang, overlay: Overlay }: SlideShowProps) {
  const { t } = useT();
  const deck = useDeck(chapter, index, 'present', slideModeCommands);
  const { slide, total, sync, actions } = deck;
  const stage = useRef<HTMLElement>(null);
  const swipe = useSwipe(actions.next, actions.previous);
  const { blocksFor } = sync;
  const blockSync = useMemo(() => blocksFor(slide.id), [blocksFor, slide.id]);
  useSlideSeen(chapter.id, slide.id, !sync.blackout);
  usePageMeta(`${slide.title} · ${chapter.title}`);
  useStageFocus(stage, deck.dialog === null);

  return (
    <main className="present" aria-label={t('present.deckLabel', { title: chapter.title })}>
      <div className="present-frame" inert={deck.dialog !== null}>
        <h1 className="visually-hidden" lang={lang}>
          {chapter.title}
        </h1>
        <div className="present-viewport" {...swipe}>
          <PresentationSyncProvider value={blockSync}>
            <SlideStage key={slide.id} slide={slide} chapterId={chapter.id} variant="main" lang={lang} stageRef={stage} />
          </PresentationSyncProvider>
          {Overlay ? <Overlay chapter={chapter} slide={slide} /> : null}
          {sync.blackout ? (
            <button type="button" className="present-blackout" onClick={() => sync.setBlackout(false)}>
              <span className="visually-hidden">{t('present.blackout')}</span>
            </button>
          ) : null}
        </div>
        <SlideControls deck={deck} />
      </div>
      <SlideAnnouncer n={deck.index + 1} total={total} title={slide.title} />
      <DeckDialogs deck={deck} registry={slideModeCommands} lang={lang} />
    </main>
  );
}
