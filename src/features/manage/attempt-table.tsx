import '../../i18n/messages/manage-register.ts';
import { useT } from '../../i18n/use-t.ts';
import { chapterTitle } from './chapter-title.ts';
import { formatDateTime, formatScore } from './format.ts';
import type { Attempt } from './types.ts';

/** Every chapter test the learner submitted, newest first. */
export function AttemptTable({ name, attempts }: { name: string; attempts: Attempt[] }) {
  const { t, locale } = useT();
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
            <th scope="col">{t('manage.learner.score')}</th>
            <th scope="col">{t('manage.learner.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.eventId}>
              <th scope="row">{formatDateTime(attempt.at, locale)}</th>
              <td>{chapterTitle(attempt.chapterId, locale)}</td>
              <td className="manage-number">{formatScore(attempt.score, locale)}</td>
              <td className="manage-number">{attempt.answers === null ? t('manage.matrix.none') : Object.keys(attempt.answers).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
