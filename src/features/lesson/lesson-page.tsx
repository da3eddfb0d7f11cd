import { useParams } from 'react-router-dom';
import { findChapter } from '../../course/course.ts';
import { useChapter } from '../../course/use-chapter.ts';
import { useT } from '../../i18n/use-t.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { ChapterPager } from './chapter-pager.tsx';
import { LessonView } from './lesson-view.tsx';

/** `/learn/:chapterId/:slideId?`: the chapter as one scrolling lesson. */
export function LessonPage() {
  const { chapterId = '', slideId } = useParams();
  const { t } = useT();
  const entry = findChapter(chapterId);
  if (!entry) return <NotFound detail={t('notFound.chapter', { id: chapterId })} />;
  return <LoadedLesson chapterId={chapterId} slideId={slideId ?? null} />;
}

function LoadedLesson({ chapterId, slideId }: { chapterId: string; slideId: string | null }) {
  const { t, locale } = useT();
  const state = useChapter(chapterId, locale);
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
      return (
        <>
          <LessonView chapter={state.chapter} fallback={state.fallback} slideId={slideId} />
          <ChapterPager chapterId={chapterId} />
        </>
      );
  }
}
