import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { daysUntil } from '../../src/features/join/deadline-notice.tsx';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { ENROLLMENT_KEY } from '../../src/sync/enrollment-key.ts';
import { readEnrollment } from '../../src/sync/enrollment.ts';
import { apiError, fakeApi, json } from './api-fake.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

/** `YYYY-MM-DD`, `days` from today on this machine's calendar. */
function ahead(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function enroll(dueDate: string | null): void {
  const enrollment = { learnerId: 'l1', token: 'TokenTokenTokenToken1234', cohort: { id: 'c1', name: 'Spring', dueDate } };
  localStorage.setItem(ENROLLMENT_KEY, JSON.stringify(enrollment));
}

const deadline = () => screen.findByRole('complementary', { name: 'Training due date' }, ROUTE_LOADED);

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
});

describe('the learner’s deadline', () => {
  it('counts calendar days, whatever the time of day', () => {
    expect(daysUntil('2026-06-30', new Date(2026, 5, 20, 23, 59))).toBe(10);
    expect(daysUntil('2026-06-30', new Date(2026, 5, 30, 0, 1))).toBe(0);
    expect(daysUntil('2026-06-30', new Date(2026, 6, 2, 12))).toBe(-2);
    // Across a month end and a daylight-saving change.
    expect(daysUntil('2026-04-01', new Date(2026, 2, 28, 9))).toBe(4);
  });

  it('shows the due date and the days left on the home page, refreshed from the server', async () => {
    enroll(ahead(5));
    const moved = ahead(12);
    const requests = fakeApi({ 'GET /api/me': () => json(200, { learner: { id: 'l1', displayName: 'Li' }, cohort: { id: 'c1', name: 'Spring', dueDate: moved, archived: false } }) });
    renderRoute('/');
    const line = await deadline();
    await screen.findByText(/: 12 days left\.$/);
    expect(line).toHaveTextContent(/^Complete the course by .+, 20\d\d: 12 days left\.$/);
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer TokenTokenTokenToken1234');
    expect(readEnrollment()?.cohort.dueDate).toBe(moved);
  });

  it('keeps the stored date offline, and words today and a passed date plainly', async () => {
    enroll(ahead(0));
    fakeApi({ 'GET /api/me': () => apiError(0, 'offline') });
    const view = renderRoute('/progress');
    expect(await deadline()).toHaveTextContent(/^Today \(.+\) is the last day to complete the course\.$/);
    view.unmount();
    enroll(ahead(-3));
    renderRoute('/');
    expect(await deadline()).toHaveTextContent(/passed 3 days ago: finish the remaining chapters as soon as you can\.$/);
  });

  it('shows nothing without a cohort or a due date', async () => {
    fakeApi({ 'GET /api/me': () => json(200, { cohort: { id: 'c1', name: 'Spring', dueDate: null } }) });
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('complementary', { name: 'Training due date' })).toBeNull();
  });
});
