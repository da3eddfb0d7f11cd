import { useParams, useSearchParams } from 'react-router-dom';
import { ChapterGate } from './chapter-gate.tsx';
import type { DeckSlot } from './deck-slot.ts';
import { PrintDeck } from './print-deck.tsx';
import { SlideGate } from './slide-gate.tsx';
import { SlideShow } from './slide-show.tsx';
import './present.css';

/** `/present/:chapterId/:slideId?` slide mode; `?print` gives the whole chapter as a handout. */
export function PresentPage({ audienceOverlay }: { audienceOverlay?: DeckSlot }) {
  const { chapterId = '', slideId } = useParams();
  const [search] = useSearchParams();
  const printing = search.has('print');
  return (
    <ChapterGate chapterId={chapterId}>
      {(chapter, lang) =>
        printing ? (
          <PrintDeck chapter={chapter} lang={lang} />
        ) : (
          <SlideGate chapter={chapter} slideId={slideId} view="present">
            {(index) => <SlideShow chapter={chapter} index={index} lang={lang} overlay={audienceOverlay} />}
          </SlideGate>
        )
      }
    </ChapterGate>
  );
}
