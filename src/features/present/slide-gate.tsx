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

/** Without a slide id the address is rewritten to the first slide, so it always names one. */
export function SlideGate({ chapter, slideId, view, children }: SlideGateProps) {
  const { t } = useT();
  const pathFor = view === 'present' ? presentPath : presenterPath;
  if (!slideId) {
    const first = chapter.slides[0];
    if (first) return <Navigate replace to={pathFor(chapter.id, first.id)} />;
  }
  const index = chapter.slides.findIndex((s) => s.id === slideId);
  if (index === -1) {
    return <PresentMissing chapterId={chapter.id} detail={t('notFound.slide', { chapter: chapter.title, id: slideId ?? '' })} />;
  }
  return children(index);
}
