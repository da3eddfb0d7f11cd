import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../src/course/course.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { readEnrollment, saveEnrollment } from '../../src/sync/enrollment.ts';
import { stopSync } from '../../src/sync/start-sync.ts';
import { resetSyncStatus } from '../../src/sync/sync-status.ts';
import { apiError, fakeApi, json, type FakeHandler } from './api-fake.ts';
import { resetProgress } from './progress-helpers.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

const spring = { id: '11111111-1111-4111-8111-111111111111', name: 'Spring cohort', dueDate: '2026-06-30' };
const joined = { learnerId: '22222222-2222-4222-8222-222222222222', token: 'tok_abcdefghijklmnopqrstuvwxyz0123456789', cohort: spring };
const first = course.chapters[0]!;
const seenOnServer = { id: '00000000-0000-4000-8000-000000000001', type: 'slide_seen', at: Date.UTC(2026, 2, 1), chapterId: first.id, slideId: first.slideIds[1]! };

function server(join: FakeHandler = () => json(201, joined), events: unknown[] = []) {
  return fakeApi({
    'POST /api/join': join,
    'GET /api/me/progress': () => json(200, { learnerId: joined.learnerId, events, chapters: [] }),
    'GET /api/me': () => json(200, { learner: { id: joined.learnerId, displayName: 'Li Lei', employeeId: 'E1001', team: null } }),
    'POST /api/events': (request) => json(200, { accepted: (request.body as { events: unknown[] }).events.length, duplicates: 0 }),
  });
}

async function fillAndSend(fields: { name?: string; employeeId?: string } = {}) {
  const user = userEvent.setup();
  renderRoute('/join/abcd-2345');
  await screen.findByRole('heading', { level: 1, name: 'Join a cohort' }, ROUTE_LOADED);
  if (fields.name) await user.type(screen.getByLabelText('Your name'), fields.name);
  if (fields.employeeId) await user.type(screen.getByLabelText('Employee ID (optional)'), fields.employeeId);
  await user.click(screen.getByRole('button', { name: 'Join the cohort' }));
  return user;
}

beforeEach(() => {
  resetProgress();
  resetSyncStatus();
  useLocaleStore.setState({ locale: 'en' });
});

afterEach(() => {
  stopSync();
  resetProgress();
});

describe('joining a cohort', () => {
  it('asks for a name, and checks the employee ID, before sending anything', async () => {
    const requests = server();
    await fillAndSend({ employeeId: 'E 1001' });
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveFocus();
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('An employee ID may contain only letters, digits and the symbols - _ .')).toBeInTheDocument();
    expect(screen.getByLabelText('Enrollment code')).toHaveValue('abcd-2345');
    expect(requests).toEqual([]);
  });

  it('joins, keeps the enrollment, restores the server record and shows the cohort with a way in', async () => {
    const requests = server(undefined, [seenOnServer]);
    await fillAndSend({ name: '  Li Lei ', employeeId: 'E1001' });

    const heading = await screen.findByRole('heading', { level: 2, name: 'You have joined “Spring cohort”' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Complete every chapter by June 30, 2026.')).toBeInTheDocument();
    expect(requests[0]?.body).toEqual({ code: 'ABCD2345', displayName: 'Li Lei', employeeId: 'E1001', team: null, email: null });
    expect(requests[1]?.headers.get('authorization')).toBe(`Bearer ${joined.token}`);

    expect(readEnrollment()).toEqual(joined);
    const state = useProgressStore.getState();
    expect(state.profile).toMatchObject({ displayName: 'Li Lei', employeeId: 'E1001', team: null });
    expect(state.chapters[first.id]?.seen).toEqual({ [seenOnServer.slideId]: seenOnServer.at });
    expect(state.outbox.find((event) => event.id === seenOnServer.id)?.acked).toBe(true);
    const title = first.locales.en?.title ?? first.plannedTitle.en;
    expect(screen.getByRole('link', { name: `Continue: ${title}` })).toHaveAttribute('href', `/learn/${first.id}/${seenOnServer.slideId}`);
    expect(screen.getByText('Progress records restored from the server: 1.')).toBeInTheDocument();
  });

  it('keeps an existing profile and offers the first chapter to a new learner', async () => {
    useProgressStore.getState().setProfile({ displayName: 'Lei Li', employeeId: null, team: 'Ops' });
    server();
    await fillAndSend();
    await screen.findByRole('heading', { level: 2, name: 'You have joined “Spring cohort”' });
    expect(useProgressStore.getState().profile?.displayName).toBe('Lei Li');
    expect(screen.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', `/learn/${first.id}`);
  });

  it.each([
    ['an unknown code', () => apiError(404, 'not_found'), 'No cohort has this enrollment code. Check the code, or ask your training manager.'],
    ['a taken employee ID', () => apiError(409, 'employee_id_taken'), 'Someone with this employee ID has already joined this cohort.'],
    ['too many attempts', () => apiError(429, 'rate_limited', { 'retry-after': '60' }), 'Too many attempts. Wait a minute, then try again.'],
    ['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'The server cannot be reached. Check your network connection and try again.'],
    ['a server failure', () => json(500, {}), 'Something went wrong on the server. Try again later.'],
  ] as Array<[string, FakeHandler, string]>)('explains %s in a plain sentence', async (_, answer, sentence) => {
    server(answer);
    await fillAndSend({ name: 'Li Lei' });
    expect(await screen.findByRole('alert')).toHaveTextContent(sentence);
    expect(readEnrollment()).toBeNull();
  });

  it('shows the cohort a browser has joined, with joining another as a deliberate step', async () => {
    saveEnrollment(joined);
    server();
    const user = userEvent.setup();
    renderRoute('/join/ABCD2345');
    expect(await screen.findByRole('heading', { level: 2, name: 'You have joined “Spring cohort”' }, ROUTE_LOADED)).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Join another cohort with this code' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Your name')).toBeInTheDocument();
  });

  it('is labelled in Chinese too', async () => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    server(() => apiError(404, 'not_found'));
    const user = userEvent.setup();
    renderRoute('/join/ABCD2345');
    await screen.findByRole('heading', { level: 1, name: '加入培训班' }, ROUTE_LOADED);
    await user.type(screen.getByLabelText('姓名'), '李雷');
    expect(screen.getByLabelText('工号（选填）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '加入培训班' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到使用这个班级码的培训班。');
    expect(within(screen.getByRole('main')).getByLabelText('班级码')).toHaveValue('ABCD2345');
  });
});
