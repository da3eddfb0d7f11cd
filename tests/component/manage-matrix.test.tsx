import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../src/course/course.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { fakeApi, json, type FakeRequest } from './api-fake.ts';
import { cohort, hanMei, liLei, manager, matrix, rememberSignIn } from './manage-fixtures.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

// recharts needs a layout engine jsdom lacks; the charts' data tables are what these tests read.
vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="bar-drawing" /> }));

const matrixRequests = (requests: FakeRequest[]) => requests.filter((r) => r.path.endsWith('/matrix'));

function serve(answer = (_request: FakeRequest) => matrix()) {
  return fakeApi({
    'GET /api/manager/me': () => json(200, { manager }),
    [`GET /api/manager/cohorts/${cohort.id}/matrix`]: (request) => json(200, answer(request)),
  });
}

async function openCohort(search = '') {
  renderRoute(`/manage/cohorts/${cohort.id}${search}`);
  return screen.findByRole('table', { name: /^Progress by learner and chapter/ }, ROUTE_LOADED);
}

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  rememberSignIn();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('cohort matrix', () => {
  it('shows learners × chapters in a captioned table with scoped headers', async () => {
    serve();
    const table = await openCohort();
    expect(table).toHaveAccessibleName('Progress by learner and chapter (learners 1–2 of 2)');
    expect(screen.getByRole('heading', { level: 2, name: cohort.name })).toBeInTheDocument();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(6 + course.chapters.length);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[6]).toHaveTextContent('Chapter 1');

    const row = within(table).getByRole('row', { name: /Li Lei/ });
    expect(within(row).getByRole('rowheader')).toHaveAttribute('scope', 'row');
    expect(within(row).getByRole('link', { name: 'Li Lei' })).toHaveAttribute('href', `/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    const cells = within(row).getAllByRole('cell');
    expect(cells.slice(0, 4).map((td) => td.textContent)).toEqual(['E1001', 'Sales', 'In progress', '21%']);
    expect(cells[5]).toHaveTextContent('Seen 100%');
    expect(cells[5]).toHaveTextContent('Best 85%');
    expect(cells[5]).toHaveTextContent(/Completed/);
    expect(cells[7]).toHaveTextContent('Not started');

    const han = within(table).getByRole('row', { name: /Han Meimei/ });
    expect(han).toHaveTextContent('Overdue');
    expect(screen.getByRole('region', { name: /^Progress by learner and chapter/ })).toContainElement(table);
  });

  it('sorts by a column header button and marks it with aria-sort', async () => {
    const user = userEvent.setup();
    const requests = serve();
    const table = await openCohort();
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Progress/ }));
    await vi.waitFor(() => expect(matrixRequests(requests).at(-1)?.query.get('sort')).toBe('progress'));
    expect(matrixRequests(requests).at(-1)?.query.get('order')).toBe('desc');
    const progressHeader = within(await openTableAgain()).getByRole('columnheader', { name: /Progress/ });
    expect(progressHeader).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    await user.click(within(table).getByRole('button', { name: /Progress/ }));
    await vi.waitFor(() => expect(matrixRequests(requests).at(-1)?.query.get('order')).toBe('asc'));
  });

  it('filters by team, status (overdue included) and a search', async () => {
    const user = userEvent.setup();
    const requests = serve((request) => (request.query.get('status') === 'overdue' ? matrix([hanMei]) : matrix()));
    await openCohort();
    const filters = screen.getByRole('search', { name: 'Filter learners' });
    await user.selectOptions(within(filters).getByLabelText('Team'), 'Sales');
    await vi.waitFor(() => expect(matrixRequests(requests).at(-1)?.query.get('team')).toBe('Sales'));
    await user.selectOptions(within(filters).getByLabelText('Status'), 'Overdue');
    await vi.waitFor(() => expect(matrixRequests(requests).at(-1)?.query.get('status')).toBe('overdue'));
    expect(matrixRequests(requests).at(-1)?.query.get('team')).toBe('Sales');
    expect(await screen.findByText('Learners matching: 1.')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Li Lei/ })).not.toBeInTheDocument();

    await user.type(within(filters).getByLabelText('Search name or employee ID'), 'E10');
    await vi.waitFor(() => expect(matrixRequests(requests).at(-1)?.query.get('q')).toBe('E10'));
    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect([...matrixRequests(requests).at(-1)!.query.keys()].sort()).toEqual(['limit', 'offset', 'order', 'sort']));
    expect(within(filters).getByLabelText('Search name or employee ID')).toHaveValue('');
  });

  it('pages through a large cohort and charts every learner matching the filters', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) => ({ ...liLei, id: `l${i}`, displayName: `Learner ${String(i).padStart(3, '0')}` }));
    const requests = serve((request) => {
      const limit = Number(request.query.get('limit'));
      const offset = Number(request.query.get('offset'));
      return matrix(many.slice(offset, offset + limit), { total: 120, offset, limit });
    });
    const table = await openCohort();
    expect(table).toHaveAccessibleName('Progress by learner and chapter (learners 1–50 of 120)');
    expect(matrixRequests(requests).map((r) => r.query.get('limit'))).toEqual(['50', '10000']);
    const pager = screen.getByRole('navigation', { name: 'Pages of learners' });
    expect(within(pager).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('table', { name: 'Progress by learner and chapter (learners 51–100 of 120)' })).toBeInTheDocument();
    expect(matrixRequests(requests).some((r) => r.query.get('offset') === '50')).toBe(true);

    const completion = screen.getByRole('table', { name: 'Completion by chapter' });
    expect(within(completion).getAllByRole('row')[1]).toHaveTextContent('Chapter 1100%');
    expect(within(completion).getAllByRole('row')[3]).toHaveTextContent('Chapter 30%');
    const scores = screen.getByRole('table', { name: 'Average best score by chapter' });
    expect(within(scores).getAllByRole('row')).toHaveLength(3);
  });

  it('offers the CSV export of the filtered view in the manager’s language', async () => {
    serve();
    await openCohort('?status=completed');
    const link = screen.getByRole('link', { name: 'Export CSV' });
    const href = new URL(link.getAttribute('href')!, window.location.origin);
    expect(href.pathname).toBe(`/api/manager/cohorts/${cohort.id}/export.csv`);
    expect(href.searchParams.get('status')).toBe('completed');
    expect(href.searchParams.get('locale')).toBe('en');
    expect(href.searchParams.get('tz')).toBeTruthy();
  });

  it('refreshes every 30 seconds while visible and says when it last did', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const requests = serve();
    await openCohort();
    expect(screen.getByText(/^Last updated/)).toBeInTheDocument();
    const before = matrixRequests(requests).length;
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await vi.waitFor(() => expect(matrixRequests(requests).length).toBe(before + 1));
  });

  it('says when nobody has joined yet', async () => {
    serve(() => matrix([], { cohort: { ...cohort, learnerCount: 0 } }));
    renderRoute(`/manage/cohorts/${cohort.id}`);
    expect(await screen.findByText(/Nobody has joined this cohort yet/, {}, ROUTE_LOADED)).toBeInTheDocument();
  });

  it('says when the cohort is not the manager’s', async () => {
    fakeApi({ 'GET /api/manager/me': () => json(200, { manager }) });
    renderRoute(`/manage/cohorts/${cohort.id}`);
    expect(await screen.findByRole('alert', {}, ROUTE_LOADED)).toHaveTextContent('This cohort was not found');
  });
});

function openTableAgain() {
  return screen.findByRole('table', { name: /^Progress by learner and chapter/ });
}
