import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { apiError, fakeApi, json } from './api-fake.ts';
import { cohort, manager, rememberSignIn } from './manage-fixtures.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  rememberSignIn();
});

describe('cohorts', () => {
  it('lists the manager’s cohorts in a table with their codes and sizes', async () => {
    fakeApi({ 'GET /api/manager/me': () => json(200, { manager }), 'GET /api/manager/cohorts': () => json(200, { cohorts: [cohort] }) });
    renderRoute('/manage');
    const table = await screen.findByRole('table', { name: 'Your cohorts' }, ROUTE_LOADED);
    const [header, row] = within(table).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Enrollment code', 'Due date', 'Learners', 'Created']);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent(cohort.name);
    expect(row).toHaveTextContent('ABCD2345');
    expect(row).toHaveTextContent('Jun 30, 2026');
    expect(screen.getByText(/^Last updated/)).toBeInTheDocument();
  });

  it('creates a cohort and shows its enrollment code and full join link, ready to copy', async () => {
    const created = { ...cohort, id: '44444444-4444-4444-8444-444444444444', name: 'North · Autumn', enrollmentCode: 'WXYZ6789', learnerCount: 0 };
    const requests = fakeApi({
      'GET /api/manager/me': () => json(200, { manager }),
      'GET /api/manager/cohorts': () => json(200, { cohorts: [] }),
      'POST /api/manager/cohorts': () => json(201, { cohort: created }),
    });
    const user = userEvent.setup();
    renderRoute('/manage');
    const form = await screen.findByRole('region', { name: 'Create a cohort' }, ROUTE_LOADED);
    await user.type(within(form).getByLabelText('Name'), '  North · Autumn ');
    await user.type(within(form).getByLabelText('Due date (optional)'), '2030-11-30');
    await user.click(within(form).getByRole('button', { name: 'Create the cohort' }));

    expect(await within(form).findByText('“North · Autumn” is ready. Send your learners the join link or the enrollment code:')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'North · Autumn', dueDate: '2030-11-30' });
    expect(within(form).getByText('WXYZ6789')).toBeInTheDocument();
    const link = `${window.location.origin}/join/WXYZ6789`;
    expect(within(form).getByText(link)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Copy the join link' }));
    // user-event puts a clipboard of its own in place.
    await expect(navigator.clipboard.readText()).resolves.toBe(link);
    expect(within(form).getByText('The join link was copied.')).toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/manager/cohorts' && r.method === 'GET').length).toBeGreaterThanOrEqual(2);
  });

  it('asks for a name before creating, and explains a refusal', async () => {
    fakeApi({
      'GET /api/manager/me': () => json(200, { manager }),
      'GET /api/manager/cohorts': () => json(200, { cohorts: [] }),
      'POST /api/manager/cohorts': () => apiError(400, 'invalid_input'),
    });
    const user = userEvent.setup();
    renderRoute('/manage');
    const form = await screen.findByRole('region', { name: 'Create a cohort' }, ROUTE_LOADED);
    await user.click(within(form).getByRole('button', { name: 'Create the cohort' }));
    expect(within(form).getByText('Enter a name for the cohort.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Q3');
    await user.click(within(form).getByRole('button', { name: 'Create the cohort' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The cohort was not created');
  });

  it('offers a retry when the list cannot be loaded', async () => {
    let fail = true;
    fakeApi({
      'GET /api/manager/me': () => json(200, { manager }),
      'GET /api/manager/cohorts': () => (fail ? json(503, {}) : json(200, { cohorts: [cohort] })),
    });
    const user = userEvent.setup();
    renderRoute('/manage');
    expect(await screen.findByText('Something went wrong on the server. Try again later.', {}, ROUTE_LOADED)).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Your cohorts' })).toBeInTheDocument();
  });
});
