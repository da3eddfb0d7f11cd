import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { chapterTitle } from './chapter-title.ts';
import { formatDateTime, formatPercent, formatScore } from './format.ts';
import type { ChapterCell } from './types.ts';

/** One row per chapter: slides seen, best score, attempts, completion. */
export function LearnerChapters({ name, chapters }: { name: string; chapters: ChapterCell[] }) {
  const { t, locale } = useT(manageMessages);
  return (
    <div className="manage-scroll">
      <table className="manage-table">
        <caption>{t('manage.learner.chapters', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.charts.chapter')}</th>
            <th scope="col">{t('manage.matrix.progress')}</th>
            <th scope="col">{t('manage.learner.score')}</th>
            <th scope="col">{t('manage.learner.attemptCount')}</th>
            <th scope="col">{t('manage.learner.completedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {chapters.map((cell) => (
            <tr key={cell.chapterId}>
              <th scope="row">{chapterTitle(cell.chapterId, locale)}</th>
              <td className="manage-number">{formatPercent(cell.seenPercent, locale)}</td>
              <td className="manage-number">{cell.bestScore === null ? t('manage.matrix.noScore') : formatScore(cell.bestScore, locale)}</td>
              <td className="manage-number">{cell.attempts}</td>
              <td>{cell.completedAt === null ? t('manage.learner.notCompleted') : formatDateTime(cell.completedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
