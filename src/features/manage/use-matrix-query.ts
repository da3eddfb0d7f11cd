import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MATRIX_SORTS, STATUS_FILTERS, type MatrixQuery, type MatrixSort, type StatusFilter } from './types.ts';

const DEFAULT_QUERY: MatrixQuery = { sort: 'name', order: 'asc', status: null, team: null, q: '', page: 1 };

/** Columns whose natural first reading is "most first". */
const DESCENDING_FIRST: readonly MatrixSort[] = ['progress', 'lastActive'];

export function parseMatrixQuery(params: URLSearchParams): MatrixQuery {
  const sort = params.get('sort');
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    sort: (MATRIX_SORTS as readonly (string | null)[]).includes(sort) ? (sort as MatrixSort) : DEFAULT_QUERY.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    status: (STATUS_FILTERS as readonly (string | null)[]).includes(status) ? (status as StatusFilter) : null,
    team: params.get('team') || null,
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function queryParams(query: MatrixQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  if (query.order !== DEFAULT_QUERY.order) params.set('order', query.order);
  if (query.status) params.set('status', query.status);
  if (query.team) params.set('team', query.team);
  if (query.q) params.set('q', query.q);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** Clicking a column header: the same column flips the order, another one starts in its natural order. */
export function nextSort(query: MatrixQuery, sort: MatrixSort): Pick<MatrixQuery, 'sort' | 'order'> {
  if (query.sort === sort) return { sort, order: query.order === 'asc' ? 'desc' : 'asc' };
  return { sort, order: DESCENDING_FIRST.includes(sort) ? 'desc' : 'asc' };
}

/**
 * The matrix's sorting, filters and page live in the address, so a view can be bookmarked or
 * shared and the back button steps through it. Changing a filter goes back to page 1.
 */
export function useMatrixQuery(): { query: MatrixQuery; update: (change: Partial<MatrixQuery>) => void } {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseMatrixQuery(params), [params]);
  const update = useCallback(
    (change: Partial<MatrixQuery>) => {
      setParams(
        (current) => {
          const before = parseMatrixQuery(current);
          return queryParams({ ...before, page: 1, ...change });
        },
        { replace: 'q' in change },
      );
    },
    [setParams],
  );
  return { query, update };
}
