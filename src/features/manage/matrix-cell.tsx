import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatDay, formatPercent, formatScore } from './format.ts';
import type { ChapterCell } from './types.ts';

/**
 * One learner × chapter, compact so that every chapter fits across the screen: share of slides
 * seen over the best test score, and a tick once complete (the legend says which is which). Screen
 * readers hear the same in a sentence.
 */
export function MatrixCell({ cell }: { cell: ChapterCell }) {
  const { t, locale } = useT(manageMessages);
  if (cell.slidesSeen === 0 && cell.attempts === 0 && cell.completedAt === null) {
    return (
      <td className="matrix-cell">
        <span aria-hidden="true">{t('manage.matrix.none')}</span>
        <span className="visually-hidden">{t('manage.status.not_started')}</span>
      </td>
    );
  }
  const seen = formatPercent(cell.seenPercent, locale);
  const best = cell.bestScore === null ? null : formatScore(cell.bestScore, locale);
  const sentence = [
    t('manage.matrix.seen', { percent: seen }),
    best === null ? t('manage.matrix.noScore') : t('manage.matrix.best', { score: best }),
    ...(cell.completedAt === null ? [] : [t('manage.matrix.completedOn', { date: formatDay(cell.completedAt, locale) })]),
  ].join(locale === 'zh-CN' ? '，' : ', ');
  return (
    <td className={cell.completedAt === null ? 'matrix-cell' : 'matrix-cell matrix-done'} title={sentence}>
      <span aria-hidden="true" className="matrix-seen">
        {seen}
      </span>
      <span aria-hidden="true" className="matrix-best">
        {best ?? t('manage.matrix.none')}
        {cell.completedAt === null ? null : <span className="matrix-tick"> ✓</span>}
      </span>
      <span className="visually-hidden">{sentence}</span>
    </td>
  );
}
