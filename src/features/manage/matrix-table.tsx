import { useId } from 'react';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { MatrixLegend } from './matrix-legend.tsx';
import { MatrixRow } from './matrix-row.tsx';
import { SortHeader } from './sort-header.tsx';
import type { Matrix, MatrixQuery, MatrixSort } from './types.ts';

const COLUMNS: Array<{ label: KeyOf<typeof manageMessages>; sort: MatrixSort | null }> = [
  { label: 'manage.matrix.employeeId', sort: 'employeeId' },
  { label: 'manage.matrix.team', sort: 'team' },
  { label: 'manage.matrix.status', sort: null },
  { label: 'manage.matrix.progress', sort: 'progress' },
  { label: 'manage.matrix.lastActive', sort: 'lastActive' },
];

interface MatrixTableProps {
  matrix: Matrix;
  query: MatrixQuery;
  onSort: (sort: MatrixSort) => void;
  busy: boolean;
}

/**
 * Learners × chapters: compact enough for every chapter to show at 1280 px, names kept in view,
 * in a container of its own that scrolls sideways on narrower screens.
 */
export function MatrixTable({ matrix, query, onSort, busy }: MatrixTableProps) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const captionId = useId();
  const { learners, total, offset } = matrix;
  if (learners.length === 0) {
    return <p className="manage-empty">{matrix.cohort.learnerCount === 0 ? t('manage.matrix.noLearners') : t('manage.matrix.noMatch')}</p>;
  }
  const caption = t('manage.matrix.caption', { from: offset + 1, to: offset + learners.length, total });
  return (
    <>
      <MatrixLegend />
      <p className="manage-muted manage-scroll-hint">{t('manage.matrix.scrollHint')}</p>
      <div className="manage-scroll" role="region" aria-labelledby={captionId}>
        <table className="manage-table matrix-table" aria-busy={busy}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <SortHeader label={t('manage.matrix.name')} sort="name" query={query} onSort={onSort} />
              {COLUMNS.map((column) =>
                column.sort === null ? (
                  <th key={column.label} scope="col">
                    {t(column.label)}
                  </th>
                ) : (
                  <SortHeader key={column.label} label={t(column.label)} sort={column.sort} query={query} onSort={onSort} />
                ),
              )}
              {matrix.chapters.map((chapter) => (
                <th key={chapter.id} scope="col" className="matrix-chapter" title={chapter.title[locale]}>
                  <span aria-hidden="true">{t('tools.matrix.chapterShort', { n: chapter.order })}</span>
                  <span className="visually-hidden">
                    {t('manage.matrix.chapter', { n: chapter.order })} {chapter.title[locale]}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {learners.map((learner) => (
              <MatrixRow key={learner.id} learner={learner} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
