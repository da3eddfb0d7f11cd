import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { accessLink } from '../../src/sync/access-link.ts';
import { readEnrollment, saveEnrollment } from '../../src/sync/enrollment.ts';
import { stopSync } from '../../src/sync/start-sync.ts';
import { resetSyncStatus } from '../../src/sync/sync-status.ts';
import { apiError, fakeApi, json } from './api-fake.ts';
import { resetProgress } from './progress-helpers.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

const access = {
  learnerId: '22222222-2222-4222-8222-222222222222',
  token: 'NewToken_abcdefghijklmnopqrstuvwxyz012345',
  cohort: { id: '11111111-1111-4111-8111-111111111111', name: 'Spring cohort', dueDate: null },
};
const linkPath = () => {
  const url = new URL(accessLink('http://localhost', 'ABCD2345', access));
  return `${url.pathname}${url.hash}`;
};

beforeEach(() => {
  resetProgress();
  resetSyncStatus();
  useLocaleStore.setState({ locale: 'en' });
});

afterEach(() => {
  stopSync();
  resetProgress();
});

describe('signing in with a link from the manager', () => {
  it('checks the token, stores it, restores the record and the profile, and clears the address', async () => {
    saveEnrollment({ ...access, token: 'OldToken_abcdefghijklmnopqrstuvwxyz01234', revoked: true });
    const requests = fakeApi({
      'GET /api/me/progress': () => json(200, { learnerId: access.learnerId, events: [], chapters: [] }),
      'GET /api/me': () => json(200, { learner: { id: access.learnerId, displayName: 'Li Lei', employeeId: 'E1001', team: 'Sales' } }),
      'POST /api/events': () => json(200, { accepted: 0, duplicates: 0 }),
    });
    const view = renderRoute(linkPath());
    expect(await screen.findByRole('heading', { level: 2, name: 'You have joined “Spring cohort”' }, ROUTE_LOADED)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Signing in with your link' })).toBeInTheDocument();
    expect(screen.getByText('This cohort has no due date.')).toBeInTheDocument();
    expect(readEnrollment()).toEqual(access);
    expect(useProgressStore.getState().profile).toMatchObject({ displayName: 'Li Lei', employeeId: 'E1001', team: 'Sales' });
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${access.token}`);
    // The router applies navigations as transitions: wait for it to settle.
    await vi.waitFor(() => expect(view.location().hash).toBe(''));
  });

  it('says when the link is no longer valid, and keeps what was stored', async () => {
    fakeApi({ 'GET /api/me/progress': () => apiError(401, 'unauthorized') });
    renderRoute(linkPath());
    expect(await screen.findByRole('alert', {}, ROUTE_LOADED)).toHaveTextContent('This sign-in link is no longer valid');
    expect(readEnrollment()).toBeNull();
  });

  it('says when the link was cut short', async () => {
    fakeApi({});
    renderRoute(linkPath().slice(0, -20));
    expect(await screen.findByRole('alert', {}, ROUTE_LOADED)).toHaveTextContent('This sign-in link is incomplete or damaged.');
  });
});

describe('the sync notice', () => {
  it('tells a learner on every page when the server refuses their token', async () => {
    saveEnrollment({ ...access, revoked: true });
    fakeApi({});
    renderRoute('/');
    const notice = await screen.findByRole('region', { name: 'Your progress is not reaching your training manager' }, ROUTE_LOADED);
    expect(notice).toHaveTextContent('Ask your training manager for a new sign-in link');
  });

  it('stays away while progress flows', async () => {
    saveEnrollment(access);
    fakeApi({});
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 }, ROUTE_LOADED);
    expect(screen.queryByRole('region', { name: 'Your progress is not reaching your training manager' })).not.toBeInTheDocument();
  });
});
