import { Link } from 'react-router-dom';
import { course, summaryIn } from '../../course/course.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { computeChapterProgress } from '../../progress/selectors.ts';
import { isPassed } from '../../quiz/completion.ts';
import { availableChapters } from './course-chapters.ts';
import { formatScore } from './format.ts';

/** Instead of a certificate: which chapters are not complete yet, and what each still needs. */
export function CertificateMissing() {
  const { t, locale } = useT(progressMessages);
  const chapters = useProgressStore((s) => s.chapters);
  const progress = availableChapters().map((chapter) => ({
    chapter,
    ...computeChapterProgress({ chapters }, chapter, course.passMark),
  }));
  const missing = progress.filter((p) => !p.complete);
  const passMark = formatScore(course.passMark, locale);
  return (
    <section className="certificate-missing" aria-labelledby="certificate-missing-title">
      <h1 id="certificate-missing-title">{t('progress.cert.heading')}</h1>
      <p>{t('progress.cert.notYet', { total: progress.length, done: progress.length - missing.length })}</p>
      <ul className="certificate-missing-list">
        {missing.map(({ chapter, seenCount, slideCount, bestScore }) => {
          const quizMissing = chapter.testSize > 0 && (bestScore === null || !isPassed(bestScore, course.passMark));
          return (
            <li key={chapter.id}>
              <Link to={`/learn/${encodeURIComponent(chapter.id)}`}>
                {t('home.chapterNumber', { n: chapter.order })} {summaryIn(chapter, locale)?.summary.title}
              </Link>
              <ul>
                {seenCount < slideCount ? <li>{t('progress.cert.missingSlides', { count: slideCount - seenCount })}</li> : null}
                {quizMissing ? <li>{t('progress.cert.missingQuiz', { passMark })}</li> : null}
              </ul>
            </li>
          );
        })}
      </ul>
      <p>
        <Link className="button-link progress-button" to="/progress">
          {t('progress.cert.back')}
        </Link>
      </p>
    </section>
  );
}
