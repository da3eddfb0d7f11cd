import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ChapterPager } from './chapter-pager.tsx';
import { PrintLessonButton } from './print-lesson-button.tsx';
import { SlideSection } from './slide-section.tsx';
import { TableOfContents } from './table-of-contents.tsx';
import { useLessonPlace } from './use-lesson-place.ts';
import { useSeenTracking } from './use-seen-tracking.ts';
import { useShownSlides } from './use-shown-slides.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';

interface LessonViewProps {
  chapter: Chapter;
  /** The text is the original because the learner's language has no translation yet. */
  fallback: boolean;
  slideId: string | null;
  /** Rendered after the last slide. */
  chapterEnd?: (chapter: Chapter) => ReactNode;
}

export function LessonView({ chapter, fallback, slideId, chapterEnd }: LessonViewProps) {
  const { t } = useT(lessonMessages, presentMessages);
  const { hash } = useLocation();
  const slideIndex = slideId === null ? -1 : chapter.slides.findIndex((s) => s.id === slideId);
  const known = slideId === null || slideIndex !== -1;
  const trackRef = useSeenTracking(chapter.id, chapter.slides);
  // A fragment (such as the chapter test's) may point anywhere in the lesson: render all of it
  // (once hydrated: the server never sees the fragment, so the page it sent has the first screen).
  const hydrated = useHydrated();
  const shown = useShownSlides(chapter.id, chapter.slides.length, slideIndex, hydrated && hash !== '');

  useLessonPlace(chapter.id, slideId, known);
  useDocumentTitle(known ? [chapter.slides[slideIndex]?.title, chapter.title] : null);

  if (!known) {
    return (
      <NotFound detail={t('notFound.slide', { chapter: chapter.title, id: slideId ?? '' })}>
        <li>
          <Link to={`/learn/${chapter.id}`}>{t('notFound.toChapter')}</Link>
        </li>
      </NotFound>
    );
  }
  const lang = fallback ? chapter.locale : undefined;
  return (
    <>
      <article className="lesson" aria-labelledby="lesson-title">
        <header className="lesson-header" lang={lang}>
          <h1 id="lesson-title">{chapter.title}</h1>
          <p className="lesson-summary">{chapter.summary}</p>
          <p className="lesson-actions">
            <Link to={`/present/${chapter.id}`}>{t('present.start')}</Link>
            <PrintLessonButton />
          </p>
          {fallback ? (
            <p className="notice" role="note" lang={undefined}>
              {t('lesson.fallback')}
            </p>
          ) : null}
          <section className="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t('lesson.objectives')}</h2>
            <ul>
              {chapter.objectives.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ul>
          </section>
        </header>
        <TableOfContents chapter={chapter} currentSlideId={slideId} />
        <div className="lesson-slides" lang={lang} aria-busy={shown.complete ? undefined : true}>
          {chapter.slides.slice(0, shown.count).map((slide, index) => (
            <SlideSection key={slide.id} slide={slide} chapterId={chapter.id} index={index} total={chapter.slides.length} trackRef={trackRef} />
          ))}
        </div>
        {shown.complete ? chapterEnd?.(chapter) : null}
      </article>
      {shown.complete ? <ChapterPager chapterId={chapter.id} /> : null}
    </>
  );
}
