import { useState } from 'react';
import type { ItemAnalysis, ItemStat } from '../../protocol/item-analysis.ts';
import { shareCorrect } from '../../protocol/scores.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatScore } from './format.ts';

type ItemSort = 'number' | 'asked' | 'correct';
const COLUMNS: Array<{ sort: ItemSort; label: KeyOf<typeof manageToolMessages> }> = [
  { sort: 'number', label: 'tools.items.number' },
  { sort: 'asked', label: 'tools.items.asked' },
  { sort: 'correct', label: 'tools.items.correct' },
];

/** Sorted by a column; questions never asked come last in either order (they have no share to compare). */
export function sortItems(items: readonly ItemStat[], sort: ItemSort, order: 'asc' | 'desc'): ItemStat[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (sort === 'correct') {
      const [x, y] = [shareCorrect(a), shareCorrect(b)];
      if (x === null || y === null) return x === y ? a.number - b.number : x === null ? 1 : -1;
      return sign * (x - y) || a.number - b.number;
    }
    return sign * (sort === 'number' ? a.number - b.number : a.asked - b.asked) || a.number - b.number;
  });
}

/** Every question of the chapter's bank: text, objective, times asked, share right, most chosen wrong answer. */
export function ItemTable({ analysis, objectiveNumber }: { analysis: ItemAnalysis; objectiveNumber: ReadonlyMap<string, number> }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const [sort, setSort] = useState<{ by: ItemSort; order: 'asc' | 'desc' }>({ by: 'number', order: 'asc' });
  const header = (column: (typeof COLUMNS)[number]) => {
    const active = sort.by === column.sort;
    return (
      <th key={column.sort} scope="col" aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className="matrix-sort"
          onClick={() => setSort(active ? { by: column.sort, order: sort.order === 'asc' ? 'desc' : 'asc' } : { by: column.sort, order: 'asc' })}
        >
          {t(column.label)}
          <span className="matrix-sort-mark" aria-hidden="true">
            {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  const objectives = new Map(analysis.objectives.map((objective) => [objective.id, objective]));
  return (
    <div className="manage-scroll">
      <table className="manage-table item-table">
        <caption>{t('tools.items.caption')}</caption>
        <thead>
          <tr>
            {header(COLUMNS[0]!)}
            <th scope="col">{t('tools.items.question')}</th>
            <th scope="col">{t('tools.items.objective')}</th>
            {header(COLUMNS[1]!)}
            {header(COLUMNS[2]!)}
            <th scope="col">{t('tools.items.wrong')}</th>
          </tr>
        </thead>
        <tbody>
          {sortItems(analysis.items, sort.by, sort.order).map((item) => {
            const share = shareCorrect(item);
            const objective = item.objectiveId === null ? undefined : objectives.get(item.objectiveId);
            return (
              <tr key={item.quizId}>
                <th scope="row" className="manage-number">
                  {item.number}
                </th>
                <td className="item-question">{item.prompt[locale]}</td>
                <td title={objective?.text[locale]}>
                  {objective === undefined ? t('manage.matrix.none') : t('tools.items.objectiveN', { n: objectiveNumber.get(objective.id) ?? '?' })}
                </td>
                <td className="manage-number">{item.asked}</td>
                <td className="manage-number">{share === null ? t('tools.items.neverAsked') : formatScore(share, locale)}</td>
                <td>
                  {item.commonWrong === null
                    ? t('tools.items.noWrong')
                    : t('tools.items.wrongCount', { answer: item.commonWrong.answer[locale], count: item.commonWrong.count })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
