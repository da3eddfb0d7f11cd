import { Link } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatDateTime, formatPercent, formatShortDateTime } from './format.ts';
import { MatrixCell } from './matrix-cell.tsx';
import { StatusBadge } from './status-badge.tsx';
import type { MatrixLearner } from './types.ts';

/** One learner: who they are, where they stand overall, then one cell per chapter. */
export function MatrixRow({ learner }: { learner: MatrixLearner }) {
  const { t, locale } = useT(manageMessages);
  const none = t('manage.matrix.none');
  return (
    <tr>
      <th scope="row" className="matrix-name">
        <Link to={`learners/${encodeURIComponent(learner.id)}`}>{learner.displayName}</Link>
      </th>
      <td>{learner.employeeId ?? none}</td>
      <td>{learner.team ?? none}</td>
      <td className="matrix-status">
        <StatusBadge status={learner.status} overdue={learner.overdue} />
      </td>
      <td className="manage-number">{formatPercent(learner.progressPercent, locale)}</td>
      {learner.lastActivityAt === null ? (
        <td>{t('manage.matrix.never')}</td>
      ) : (
        <td title={formatDateTime(learner.lastActivityAt, locale)}>{formatShortDateTime(learner.lastActivityAt, locale)}</td>
      )}
      {learner.chapters.map((cell) => (
        <MatrixCell key={cell.chapterId} cell={cell} />
      ))}
    </tr>
  );
}
