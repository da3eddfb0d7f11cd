import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { chapterTitle } from './chapter-title.ts';
import { formatDateTime, formatScore } from './format.ts';
import type { Attempt } from './types.ts';
import type { OlderAttempts } from './use-older-attempts.ts';

/**
 * Every chapter test the learner submitted, newest first, and how each result was obtained: the
 * attempt's number, the server's score (or why it gave none) beside what the device reported,
 * and when the server graded it, so a manager can answer "did they really pass".
 */
export function AttemptTable({ name, attempts, total, older }: { name: string; attempts: Attempt[]; total: number; older?: OlderAttempts }) {
  const { t, locale } = useT(manageMessages);
  const caption = t('manage.learner.attempts', { name });
  if (attempts.length === 0) {
    return (
      <section aria-label={caption}>
        <p>{t('manage.learner.noAttempts')}</p>
      </section>
    );
  }
  return (
    <div className="manage-scroll">
      <table className="manage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.learner.time')}</th>
            <th scope="col">{t('manage.charts.chapter')}</th>
            <th scope="col">{t('manage.learner.attemptNumber')}</th>
            <th scope="col">{t('manage.learner.score')}</th>
            <th scope="col">{t('manage.learner.howObtained')}</th>
            <th scope="col">{t('manage.learner.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.eventId}>
              <th scope="row">{formatDateTime(attempt.at, locale)}</th>
              <td>{chapterTitle(attempt.chapterId, locale)}</td>
              <td className="manage-number">{attempt.number}</td>
              <td className="manage-number">{attempt.score === null ? t('manage.matrix.none') : formatScore(attempt.score, locale)}</td>
              <td>
                {t(`manage.learner.verdict.${attempt.verdict}`, { time: formatDateTime(attempt.gradedAt, locale) })}
                {attempt.claimedScore !== null && attempt.verdict === 'graded' && Math.abs(attempt.claimedScore - (attempt.score ?? 0)) > 1e-9
                  ? ` ${t('manage.learner.claimed', { score: formatScore(attempt.claimedScore, locale) })}`
                  : null}
              </td>
              <td className="manage-number">{attempt.answers === null ? t('manage.matrix.none') : Object.keys(attempt.answers).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {older?.loadMore === undefined ? null : (
        <p className="manage-more">
          <button type="button" onClick={older.loadMore} disabled={older.loading}>
            {t('manage.learner.moreAttempts', { count: total - attempts.length })}
          </button>
          {older.failed ? <span role="alert"> {t('manage.learner.moreFailed')}</span> : null}
        </p>
      )}
    </div>
  );
}
