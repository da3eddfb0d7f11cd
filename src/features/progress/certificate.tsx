import '../../i18n/messages/progress-register.ts';
import { course, findChapter, summaryIn } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Profile } from '../../progress/progress-schema.ts';
import type { CertificateRecord } from './certificate-record.ts';
import { formatDate, formatScore } from './format.ts';
import { useVerificationCode } from './use-verification-code.ts';

interface CertificateProps {
  record: CertificateRecord;
  profile: Profile;
}

/** The printable certificate: who, which course, when, the chapter scores and the verification code. */
export function Certificate({ record, profile }: CertificateProps) {
  const { t, locale } = useT();
  const code = useVerificationCode(record);
  const details = [
    profile.employeeId ? t('progress.cert.employeeId', { id: profile.employeeId }) : null,
    profile.team ? t('progress.cert.team', { team: profile.team }) : null,
  ].filter((line) => line !== null);
  return (
    <article className="certificate" aria-labelledby="certificate-title">
      <h1 id="certificate-title" className="certificate-title">
        {t('progress.cert.heading')}
      </h1>
      <p className="certificate-lead">{t('progress.cert.certifies')}</p>
      <p className="certificate-name">{record.name}</p>
      {details.length > 0 ? <p className="certificate-details">{details.join(' · ')}</p> : null}
      <p className="certificate-lead">{t('progress.cert.hasCompleted')}</p>
      <p className="certificate-course">{course.title[locale]}</p>
      {record.completedAt === null ? null : (
        <p className="certificate-date">
          {t('progress.cert.completedOn', { date: formatDate(record.completedAt, locale, 'long') })}
        </p>
      )}
      <table className="certificate-scores">
        <thead>
          <tr>
            <th scope="col">{t('progress.cert.chapter')}</th>
            <th scope="col">{t('progress.cert.score')}</th>
          </tr>
        </thead>
        <tbody>
          {record.chapters.map(({ id, bestScore }) => {
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
      <p className="certificate-code">
        <span>{t('progress.cert.code')}</span> <span className="certificate-code-value">{code ?? t('progress.cert.codePending')}</span>
      </p>
    </article>
  );
}
