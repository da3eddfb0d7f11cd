import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { findChapter, summaryIn } from '../../course/course.ts';
import { useChapter } from '../../course/use-chapter.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { LessonView } from './lesson-view.tsx';

/** Renders what follows the last slide (the app supplies the chapter test). */
export type ChapterEnd = (chapter: Chapter) => ReactNode;

/** `/learn/:chapterId/:slideId?`: the chapter as one scrolling lesson. */
export function LessonPage({ chapterEnd }: { chapterEnd?: ChapterEnd }) {
  const { chapterId = '', slideId } = useParams();
  const { t } = useT(lessonMessages);
  const entry = findChapter(chapterId);
  if (!entry) return <NotFound detail={t('notFound.chapter', { id: chapterId })} />;
  return <LoadedLesson chapterId={chapterId} slideId={slideId ?? null} chapterEnd={chapterEnd} />;
}

function LoadedLesson({ chapterId, slideId, chapterEnd }: { chapterId: string; slideId: string | null; chapterEnd?: ChapterEnd }) {
  const { t, locale } = useT(lessonMessages);
  const state = useChapter(chapterId, locale);
  const entry = findChapter(chapterId);
  // While the chapter loads (or fails to), the manifest names it; once shown, the lesson names its slide too.
  useDocumentTitle(state.status === 'loading' || state.status === 'error' ? [entry && summaryIn(entry, locale)?.summary.title] : null);
  switch (state.status) {
    case 'loading':
      return (
        <p className="status" role="status">
          {t('lesson.loading')}
        </p>
      );
    case 'missing':
      return <NotFound detail={t('notFound.chapter', { id: chapterId })} />;
    case 'error':
      return (
        <div className="status" role="alert">
          <p>{t('lesson.loadFailed')}</p>
          <button type="button" onClick={state.retry}>
            {t('lesson.retry')}
          </button>
        </div>
      );
    case 'ready':
      return <LessonView chapter={state.chapter} fallback={state.fallback} slideId={slideId} chapterEnd={chapterEnd} />;
  }
}
