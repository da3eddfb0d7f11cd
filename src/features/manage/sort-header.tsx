import type { MatrixQuery, MatrixSort } from './types.ts';

interface SortHeaderProps {
  label: string;
  sort: MatrixSort;
  query: MatrixQuery;
  onSort: (sort: MatrixSort) => void;
}

/** A column header whose button sorts by it; `aria-sort` tells which column orders the rows, and how. */
export function SortHeader({ label, sort, query, onSort }: SortHeaderProps) {
  const active = query.sort === sort;
  const direction = query.order === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="matrix-sort" onClick={() => onSort(sort)}>
        {label}
        <span className="matrix-sort-mark" aria-hidden="true">
          {active ? (query.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
