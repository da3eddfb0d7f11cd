import { memo, useMemo, useRef } from 'react';
import type { Chapter, Slide } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { PresentationSyncProvider, type PresentationSync } from '../../ui/presentation-sync.tsx';
import { DeckDialogs } from './deck-dialogs.tsx';
import type { DeckSlot } from './deck-slot.ts';
import { slideModeCommands } from './deck-commands.ts';
import { SlideAnnouncer } from './slide-announcer.tsx';
import { SlideControls } from './slide-controls.tsx';
import { SlideStage } from './slide-stage.tsx';
import { useDeck } from './use-deck.ts';
import { usePageMeta } from './use-page-meta.ts';
import { useSlideSeen } from './use-slide-seen.ts';
import { useSlideWindow } from './use-slide-window.ts';
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
  const { t } = useT(presentMessages);
  const deck = useDeck(chapter, index, 'present', slideModeCommands);
  const { slide, total, sync, actions } = deck;
  const stage = useRef<HTMLDivElement>(null);
  const swipe = useSwipe(actions.next, actions.previous);
  const { blocksFor } = sync;
  const rendered = useSlideWindow(deck.index, total);
  useSlideSeen(chapter.id, slide.id, slide.readingMs, !sync.blackout);
  usePageMeta(t('present.pageTitle', { n: deck.index + 1, total, title: slide.title }), chapter.title);
  useStageFocus(stage, deck.dialog === null, slide.id);

  return (
    <main className="present" aria-label={t('present.deckLabel', { title: chapter.title })}>
      <div className="present-frame" inert={deck.dialog !== null}>
        <h1 className="visually-hidden" lang={lang}>
          {chapter.title}
        </h1>
        {/* The focus target while presenting: it stays as slides come and go, so no move ever drops focus. */}
        <div className="present-viewport" ref={stage} tabIndex={-1} {...swipe}>
          {rendered.map((i) => (
            <DeckSlide
              key={chapter.slides[i]!.id}
              slide={chapter.slides[i]!}
              chapterId={chapter.id}
              lang={lang}
              shown={i === deck.index}
              blocksFor={blocksFor}
            />
          ))}
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

interface DeckSlideProps {
  slide: Slide;
  chapterId: string;
  lang: string | undefined;
  shown: boolean;
  blocksFor: (slideId: string) => PresentationSync;
}

/**
 * One rendered slide of the deck: on show, or waiting to be shown; its blocks sync with the other
 * windows either way. Memoised: a move re-renders the two slides it swaps, not the others.
 */
const DeckSlide = memo(function DeckSlide({ slide, chapterId, lang, shown, blocksFor }: DeckSlideProps) {
  const blockSync = useMemo(() => blocksFor(slide.id), [blocksFor, slide.id]);
  return (
    <PresentationSyncProvider value={blockSync}>
      <SlideStage slide={slide} chapterId={chapterId} variant="main" lang={lang} waiting={!shown} />
    </PresentationSyncProvider>
  );
});
