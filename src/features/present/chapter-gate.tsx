import type { ReactNode } from 'react';
import type { Chapter } from '../../content/types.ts';
import { useChapter } from '../../course/use-chapter.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';
import { PresentMissing } from './present-missing.tsx';

interface ChapterGateProps {
  chapterId: string;
  /** `lang` is the content language when the chapter is shown untranslated, else undefined. */
  children: (chapter: Chapter, lang: string | undefined) => ReactNode;
}

/** Loads the chapter in the learner's language; says so while loading, on failure or when unknown. */
export function ChapterGate({ chapterId, children }: ChapterGateProps) {
  const { t, locale } = useT(lessonMessages);
  const state = useChapter(chapterId, locale);
  switch (state.status) {
    case 'loading':
      return (
        <main className="present-status">
          <p role="status">{t('lesson.loading')}</p>
        </main>
      );
    case 'missing':
      return <PresentMissing detail={t('notFound.chapter', { id: chapterId })} />;
    case 'error':
      return (
        <main className="present-status">
          <div role="alert">
            <p>{t('lesson.loadFailed')}</p>
            <button type="button" onClick={state.retry}>
              {t('lesson.retry')}
            </button>
          </div>
        </main>
      );
    case 'ready':
      return children(state.chapter, state.fallback ? state.chapter.locale : undefined);
  }
}
