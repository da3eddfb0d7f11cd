import '../../i18n/messages/manage-register.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatDay, formatPercent, formatScore } from './format.ts';
import type { ChapterCell } from './types.ts';

/** One learner × chapter: share of slides seen, best test score, completion date. */
export function MatrixCell({ cell }: { cell: ChapterCell }) {
  const { t, locale } = useT();
  if (cell.slidesSeen === 0 && cell.attempts === 0 && cell.completedAt === null) {
    return (
      <td className="matrix-cell">
        <span aria-hidden="true">{t('manage.matrix.none')}</span>
        <span className="visually-hidden">{t('manage.status.not_started')}</span>
      </td>
    );
  }
  return (
    <td className={cell.completedAt === null ? 'matrix-cell' : 'matrix-cell matrix-done'}>
      <span>{t('manage.matrix.seen', { percent: formatPercent(cell.seenPercent, locale) })}</span>
      <span>{cell.bestScore === null ? t('manage.matrix.noScore') : t('manage.matrix.best', { score: formatScore(cell.bestScore, locale) })}</span>
      {cell.completedAt === null ? null : <span className="matrix-completed">{t('manage.matrix.completedOn', { date: formatDay(cell.completedAt, locale) })}</span>}
    </td>
  );
}
