import { useParams } from 'react-router-dom';
import { ChapterGate } from './chapter-gate.tsx';
import type { DeckSlot } from './deck-slot.ts';
import { PresenterView } from './presenter-view.tsx';
import { SlideGate } from './slide-gate.tsx';
import './present.css';

/** `/presenter/:chapterId/:slideId?`: the instructor's screen, in step with the audience window. */
export function PresenterPage({ livePanel }: { livePanel?: DeckSlot }) {
  const { chapterId = '', slideId } = useParams();
  return (
    <ChapterGate chapterId={chapterId}>
      {(chapter, lang) => (
        <SlideGate chapter={chapter} slideId={slideId} view="presenter">
          {(index) => <PresenterView chapter={chapter} index={index} lang={lang} livePanel={livePanel} />}
        </SlideGate>
      )}
    </ChapterGate>
  );
}
