import { course, findChapter, summaryIn } from '../../course/course.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Profile } from '../../progress/progress-schema.ts';
import type { CertificateChapter } from './certificate-record.ts';
import { formatDate, formatScore } from './format.ts';

/** Where a certificate's facts come from: the server's record (with a code anyone can check) or this browser. */
export type CertificateSource = { kind: 'server'; code: string; verifyUrl: string; score: number } | { kind: 'self-reported' };

interface CertificateProps {
  name: string;
  profile: Pick<Profile, 'employeeId' | 'team'> | null;
  completedAt: number | null;
  /** Per chapter best scores (from this browser's record). */
  chapters: CertificateChapter[];
  source: CertificateSource;
}

/** The printable certificate: who, which course, when, the scores and how it can be checked. */
export function Certificate({ name, profile, completedAt, chapters, source }: CertificateProps) {
  const { t, locale } = useT(progressMessages);
  const details = [
    profile?.employeeId ? t('progress.cert.employeeId', { id: profile.employeeId }) : null,
    profile?.team ? t('progress.cert.team', { team: profile.team }) : null,
  ].filter((line) => line !== null);
  return (
    <article className="certificate" aria-labelledby="certificate-title">
      <h1 id="certificate-title" className="certificate-title">
        {t('progress.cert.heading')}
      </h1>
      <p className="certificate-lead">{t('progress.cert.certifies')}</p>
      <p className="certificate-name">{name}</p>
      {details.length > 0 ? <p className="certificate-details">{details.join(' · ')}</p> : null}
      <p className="certificate-lead">{t('progress.cert.hasCompleted')}</p>
      <p className="certificate-course">{course.title[locale]}</p>
      {completedAt === null ? null : (
        <p className="certificate-date">{t('progress.cert.completedOn', { date: formatDate(completedAt, locale, 'long') })}</p>
      )}
      {source.kind === 'server' ? (
        <p className="certificate-overall">{t('progress.cert.overall', { score: formatScore(source.score, locale) })}</p>
      ) : (
        <ChapterScores chapters={chapters} />
      )}
      {source.kind === 'server' ? (
        <p className="certificate-code">
          <span>{t('progress.cert.code')}</span> <span className="certificate-code-value">{source.code}</span>
          <br />
          <span>{t('progress.cert.verifyAt')}</span> <a href={source.verifyUrl}>{source.verifyUrl}</a>
        </p>
      ) : (
        <p className="certificate-self-reported">{t('progress.cert.selfReported')}</p>
      )}
    </article>
  );
}

function ChapterScores({ chapters }: { chapters: CertificateChapter[] }) {
  const { t, locale } = useT(progressMessages);
  return (
    <table className="certificate-scores">
      <thead>
        <tr>
          <th scope="col">{t('progress.cert.chapter')}</th>
          <th scope="col">{t('progress.cert.score')}</th>
        </tr>
      </thead>
      <tbody>
        {chapters.map(({ id, bestScore }) => {
          const chapter = findChapter(id);
          const title = chapter ? (summaryIn(chapter, locale)?.summary.title ?? chapter.plannedTitle[locale]) : id;
          return (
            <tr key={id}>
              <th scope="row">
                {chapter ? `${t('home.chapterNumber', { n: chapter.order })} ` : null}
                {title}
              </th>
              <td>{bestScore === null ? t('progress.chapter.noQuiz') : formatScore(bestScore, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
