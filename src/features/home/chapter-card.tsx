import { Link } from 'react-router-dom';
import type { ManifestChapter } from '../../content/types.ts';
import { summaryIn } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { useChapterComplete, useChapterPercent } from './use-chapter-percent.ts';

export function ChapterCard({ chapter }: { chapter: ManifestChapter }) {
  const { t, locale } = useT();
  const localized = summaryIn(chapter, locale);
  const percent = useChapterPercent(chapter);
  const complete = useChapterComplete(chapter);
  const number = t('home.chapterNumber', { n: chapter.order });
  if (!localized) {
    return (
      <article className="chapter-card chapter-card-planned" aria-labelledby={`card-${chapter.id}`}>
        <p className="chapter-number">{number}</p>
        <h3 id={`card-${chapter.id}`}>{chapter.plannedTitle[locale]}</h3>
        <p className="chapter-meta">{t('home.comingSoon')}</p>
      </article>
    );
  }
  const { summary } = localized;
  const lang = localized.locale === locale ? undefined : localized.locale;
  return (
    <article className="chapter-card" aria-labelledby={`card-${chapter.id}`}>
      <p className="chapter-number">{number}</p>
      <h3 id={`card-${chapter.id}`} lang={lang}>
        <Link to={`/learn/${chapter.id}`}>{summary.title}</Link>
      </h3>
      <p lang={lang}>{summary.summary}</p>
      <p className="chapter-meta">
        {t('home.minutes', { minutes: summary.duration })} · {t('home.slides', { count: chapter.slideIds.length })}
      </p>
      {complete ? (
        <p className="chapter-complete">
          <span aria-hidden="true">✓ </span>
          {t('progress.completedMark')}
        </p>
      ) : null}
      <ProgressBar value={percent} label={t('home.progressLabel', { title: summary.title })} />
    </article>
  );
}
