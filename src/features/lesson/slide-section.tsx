import { memo } from 'react';
import type { Slide } from '../../content/types.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { SpeakerNotes } from '../../ui/speaker-notes.tsx';

export function slideElementId(slideId: string): string {
  return `slide-${slideId}`;
}

interface SlideSectionProps {
  slide: Slide;
  chapterId: string;
  index: number;
  total: number;
  /** Registers the section for seen-tracking. */
  trackRef: (element: HTMLElement | null) => (() => void) | undefined;
}

/**
 * One slide in the lesson: its face (the key points that are projected), then the reading depth
 * behind it. Memoised: the lesson re-renders as its later slides arrive,
 * and the earlier ones stay as they are.
 */
export const SlideSection = memo(function SlideSection({ slide, chapterId, index, total, trackRef }: SlideSectionProps) {
  const { t } = useT(lessonMessages);
  const id = slideElementId(slide.id);
  return (
    <section id={id} className="lesson-slide" aria-labelledby={`${id}-title`} data-slide-id={slide.id} ref={trackRef}>
      <p className="slide-count">{t('lesson.slideOf', { n: index + 1, total })}</p>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {slide.title}
      </h2>
      <div className="slide-face-text">
        <BlockList blocks={slide.face} chapterId={chapterId} />
      </div>
      {slide.depth.length > 0 ? (
        <div className="slide-depth">
          <BlockList blocks={slide.depth} chapterId={chapterId} />
        </div>
      ) : null}
      {slide.notes ? <SpeakerNotes notes={slide.notes} printOnly /> : null}
    </section>
  );
});
