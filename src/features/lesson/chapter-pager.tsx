import { Link } from 'react-router-dom';
import type { ManifestChapter } from '../../content/types.ts';
import { neighbours, summaryIn } from '../../course/course.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';

export function ChapterPager({ chapterId }: { chapterId: string }) {
  const { t, locale } = useT(lessonMessages);
  const { previous, next } = neighbours(chapterId);
  const title = (c: ManifestChapter) => summaryIn(c, locale)?.summary.title ?? c.plannedTitle[locale];
  if (!previous && !next) return null;
  return (
    <nav className="chapter-pager" aria-label={t('lesson.chapterNav')}>
      {previous ? (
        <Link to={`/learn/${previous.id}`} rel="prev">
          {t('lesson.previousChapter', { title: title(previous) })}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={`/learn/${next.id}`} rel="next">
          {t('lesson.nextChapter', { title: title(next) })}
        </Link>
      ) : null}
    </nav>
  );
}
