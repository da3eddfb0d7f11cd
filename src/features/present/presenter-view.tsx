import { useMemo, useRef } from 'react';
import type { Chapter } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { PresentationSyncProvider } from '../../ui/presentation-sync.tsx';
import { DeckDialogs } from './deck-dialogs.tsx';
import { DepthPanel } from './depth-panel.tsx';
import type { DeckSlot } from './deck-slot.ts';
import { presenterCommands } from './deck-commands.ts';
import { NextSlidePreview } from './next-slide-preview.tsx';
import { NotesPanel } from './notes-panel.tsx';
import { PresenterToolbar } from './presenter-toolbar.tsx';
import { SlideAnnouncer } from './slide-announcer.tsx';
import { SlideStage } from './slide-stage.tsx';
import { TimerPanel } from './timer-panel.tsx';
import { useDeck } from './use-deck.ts';
import { usePageMeta } from './use-page-meta.ts';
import { useStageFocus } from './use-stage-focus.ts';

interface PresenterViewProps {
  chapter: Chapter;
  /** The slide the address names (0-based); a move made here shows before the address follows. */
  index: number;
  lang: string | undefined;
  /** Rendered beside the timer with the current slide (the app supplies the live-session panel). */
  livePanel?: DeckSlot | undefined;
}

/** The instructor's screen: current and next slide, notes, timer; drives the audience window. */
export function PresenterView({ chapter, index, lang, livePanel: LivePanel }: PresenterViewProps) {
  const { t } = useT(presentMessages);
  const deck = useDeck(chapter, index, 'presenter', presenterCommands);
  const { slide, total, sync } = deck;
  const stage = useRef<HTMLElement>(null);
  const { blocksFor } = sync;
  const blockSync = useMemo(() => blocksFor(slide.id), [blocksFor, slide.id]);
  usePageMeta(t('presenter.title', { title: slide.title }), chapter.title);
  useStageFocus(stage, deck.dialog === null, slide.id);

  return (
    <main className="presenter">
      <div className="presenter-frame" inert={deck.dialog !== null}>
        <PresenterToolbar deck={deck} />
        <section className="presenter-current" aria-label={t('presenter.current')}>
          <PresentationSyncProvider value={blockSync}>
            <SlideStage key={slide.id} slide={slide} chapterId={chapter.id} variant="preview" lang={lang} stageRef={stage} />
          </PresentationSyncProvider>
          {sync.blackout ? <p className="presenter-dark">{t('presenter.audienceDark')}</p> : null}
        </section>
        <NextSlidePreview chapterId={chapter.id} next={chapter.slides[deck.index + 1]} lang={lang} />
        <NotesPanel notes={slide.notes} lang={lang} />
        <DepthPanel slide={slide} chapterId={chapter.id} lang={lang} />
        <TimerPanel chapterId={chapter.id} duration={chapter.duration} index={deck.index} total={total} />
        {LivePanel ? (
          <div className="presenter-live">
            <LivePanel chapter={chapter} slide={slide} />
          </div>
        ) : null}
      </div>
      <SlideAnnouncer n={deck.index + 1} total={total} title={slide.title} />
      <DeckDialogs deck={deck} registry={presenterCommands} lang={lang} />
    </main>
  );
}
