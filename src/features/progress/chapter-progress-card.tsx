import { Link } from 'react-router-dom';
import type { ManifestChapter } from '../../content/types.ts';
import { summaryIn } from '../../course/course.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';
import type { ChapterProgress } from '../../progress/selectors.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { formatDate, formatScore } from './format.ts';
import { useChapterProgress, useFirstUnseenSlide } from './use-progress.ts';

function quizText(chapter: ManifestChapter, progress: ChapterProgress, t: Translate<KeyOf<typeof progressMessages>>, format: (score: number) => string): string {
  if (chapter.testSize === 0) return t('progress.chapter.noQuiz');
  if (progress.attempts === 0) return t('progress.chapter.noAttempts');
  const percent = progress.bestScore === null ? '—' : format(progress.bestScore);
  return t('progress.chapter.bestValue', { percent, count: progress.attempts });
}

/** Where the learner picks the chapter up: its start, the first slide not yet seen, or (to review) its start. */
function nextStep(chapter: ManifestChapter, progress: ChapterProgress, unseen: string | null) {
  const base = `/learn/${encodeURIComponent(chapter.id)}`;
  if (progress.complete) return { to: base, label: 'progress.chapter.review' } as const;
  if (progress.seenCount === 0) return { to: base, label: 'progress.chapter.start' } as const;
  // Every slide seen but not complete: the chapter test after the last slide is what remains.
  const slideId = unseen ?? chapter.slideIds.at(-1) ?? '';
  return { to: `${base}/${encodeURIComponent(slideId)}`, label: 'progress.chapter.continue' } as const;
}

/** One chapter's figures: slides seen, best quiz score and attempts, completion date, and where to go on. */
export function ChapterProgressCard({ chapter }: { chapter: ManifestChapter }) {
  const { t, locale } = useT(progressMessages);
  const progress = useChapterProgress(chapter);
  const unseen = useFirstUnseenSlide(chapter);
  const localized = summaryIn(chapter, locale);
  const title = localized?.summary.title ?? chapter.plannedTitle[locale];
  const lang = localized && localized.locale !== locale ? localized.locale : undefined;
  const headingId = `progress-chapter-${chapter.id}`;
  const step = nextStep(chapter, progress, unseen);
  return (
    <article className="progress-chapter" aria-labelledby={headingId}>
      <p className="progress-chapter-number">{t('home.chapterNumber', { n: chapter.order })}</p>
      <h3 id={headingId} lang={lang}>
        {title}
      </h3>
      {progress.complete ? (
        <p className="progress-complete-mark">
          <span aria-hidden="true">✓ </span>
          {t('progress.completedMark')}
        </p>
      ) : null}
      <ProgressBar value={progress.percent} label={t('home.progressLabel', { title })} />
      <dl className="progress-figures">
        <div>
          <dt>{t('progress.chapter.slides')}</dt>
          <dd>
            {progress.seenCount} / {progress.slideCount}
          </dd>
        </div>
        <div>
          <dt>{t('progress.chapter.best')}</dt>
          <dd>{quizText(chapter, progress, t, (score) => formatScore(score, locale))}</dd>
        </div>
        <div>
          <dt>{t('progress.chapter.completedAt')}</dt>
          <dd>
            {progress.completedAt === null ? (
              t('progress.chapter.notCompleted')
            ) : (
              <time dateTime={new Date(progress.completedAt).toISOString()}>{formatDate(progress.completedAt, locale)}</time>
            )}
          </dd>
        </div>
      </dl>
      <Link className="button-link progress-button" to={step.to} aria-describedby={headingId}>
        {t(step.label)}
      </Link>
    </article>
  );
}
