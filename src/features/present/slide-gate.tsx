import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { PresentMissing } from './present-missing.tsx';
import { presentPath, presenterPath } from './slide-paths.ts';
import type { DeckView } from './use-deck.ts';

interface SlideGateProps {
  chapter: Chapter;
  slideId: string | undefined;
  view: DeckView;
  /** Renders the deck at the slide's 0-based index. */
  children: (index: number) => ReactNode;
}

/** Without a slide id the first slide shows and the address is rewritten to name it. */
export function SlideGate({ chapter, slideId, view, children }: SlideGateProps) {
  const { t } = useT();
  const pathFor = view === 'present' ? presentPath : presenterPath;
  const first = chapter.slides[0];
  const index = chapter.slides.findIndex((s) => s.id === (slideId ?? first?.id));
  if (index === -1) {
    return <PresentMissing chapterId={chapter.id} detail={t('notFound.slide', { chapter: chapter.title, id: slideId ?? '' })} />;
  }
  // The first slide shows at once (as the page rendered ahead of time has it) while the address follows.
  return (
    <>
      {!slideId && first && <Navigate replace to={pathFor(chapter.id, first.id)} />}
      {children(index)}
    </>
  );
}
