import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { course } from '../../src/course/course.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { readAccessHash } from '../../src/sync/access-link.ts';
import { apiError, fakeApi, json } from './api-fake.ts';
import { cohort, detail, liLei, manager, rememberSignIn } from './manage-fixtures.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

const learnerPath = `/api/manager/cohorts/${cohort.id}/learners/${liLei.id}`;

function serve(extra = {}) {
  return fakeApi({
    'GET /api/manager/me': () => json(200, { manager }),
    [`GET /api/manager/cohorts/${cohort.id}`]: () => json(200, { cohort }),
    [`GET ${learnerPath}`]: () => json(200, detail()),
    ...extra,
  });
}

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  rememberSignIn();
});

describe('learner detail', () => {
  it('shows the learner, each chapter and every test attempt', async () => {
    serve();
    renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Li Lei' }, ROUTE_LOADED)).toHaveFocus();
    expect(screen.getByRole('link', { name: `Back to “${cohort.name}”` })).toHaveAttribute('href', `/manage/cohorts/${cohort.id}`);
    expect(screen.getByText('E1001')).toBeInTheDocument();
    expect(screen.getByText('In progress')).toBeInTheDocument();

    const chapters = screen.getByRole('table', { name: 'Progress of Li Lei by chapter' });
    expect(within(chapters).getAllByRole('row')).toHaveLength(course.chapters.length + 1);
    const first = within(chapters).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent(/^1\. /);
    expect(first).toHaveTextContent('85%');

    const attempts = screen.getByRole('table', { name: 'Chapter tests taken by Li Lei' });
    const rows = within(attempts).getAllByRole('row').slice(1);
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    // Attempt number, the server's score (none for a refused attempt), how it was obtained, questions answered.
    expect(cells.map((row) => row.slice(1, 3))).toEqual([
      ['2', '80%'],
      ['1', '—'],
    ]);
    expect(cells[0]![3]).toMatch(/^Graded by the server at .+ \(the device reported 100%\)$/);
    expect(cells[1]![3]).toMatch(/^Not scored: too soon after the previous attempt \(received .+\)$/);
    expect(cells[0]![4]).toBe(String(course.chapters[0]!.testSize));
  });

  it('loads earlier attempts page by page on request', async () => {
    const user = userEvent.setup();
    const first = detail();
    const older = first.attempts.map((attempt, i) => ({ ...attempt, eventId: `old${i}`, attemptId: `old${i}`, number: 1, at: attempt.at - 86_400_000 }));
    serve({
      [`GET ${learnerPath}`]: (request: { query: URLSearchParams }) =>
        request.query.get('before') === 'cursor-1'
          ? json(200, { ...first, attempts: older, nextAttempts: null })
          : json(200, { ...first, attemptsTotal: 4, nextAttempts: 'cursor-1' }),
    });
    renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    const table = await screen.findByRole('table', { name: 'Chapter tests taken by Li Lei' }, ROUTE_LOADED);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Show earlier tests (2 more)' }));
    expect(await within(table).findAllByRole('row')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /Show earlier tests/ })).not.toBeInTheDocument();
  });

  it('creates a new sign-in link that carries the new token', async () => {
    const user = userEvent.setup();
    serve({ [`POST ${learnerPath}/token`]: () => json(200, { learnerId: liLei.id, token: 'NewToken_abcdefghijklmnopqrstuvwxyz012345' }) });
    renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    const section = await screen.findByRole('region', { name: 'Sign-in link' }, ROUTE_LOADED);
    await user.click(within(section).getByRole('button', { name: 'Create a new sign-in link' }));
    const link = await within(section).findByText(/\/join\/ABCD2345#access=/);
    const access = readAccessHash(new URL(link.textContent!).hash);
    expect(access).toEqual({ learnerId: liLei.id, token: 'NewToken_abcdefghijklmnopqrstuvwxyz012345', cohort: { id: cohort.id, name: cohort.name, dueDate: cohort.dueDate } });
    expect(within(section).getByRole('button', { name: 'Copy the sign-in link' })).toBeInTheDocument();
  });

  it('says when the learner is not in this cohort', async () => {
    serve({ [`GET ${learnerPath}`]: () => apiError(404, 'not_found') });
    renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    expect(await screen.findByRole('alert', {}, ROUTE_LOADED)).toHaveTextContent('This cohort has no such learner.');
  });
});
