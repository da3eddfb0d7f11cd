import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { apiError, fakeApi, json } from './api-fake.ts';
import { cohort, manager, rememberSignIn } from './manage-fixtures.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
});

async function openSignIn() {
  renderRoute('/manage');
  await screen.findByRole('heading', { level: 1, name: 'Training dashboard' }, ROUTE_LOADED);
  return screen.getByRole('region', { name: 'Manager sign-in' });
}

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  const form = await openSignIn();
  if (email) await user.type(within(form).getByLabelText('E-mail address'), email);
  if (password) await user.type(within(form).getByLabelText('Password'), password);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
  return { user, form };
}

describe('manager sign-in', () => {
  it('shows the form on a first visit without asking the server', async () => {
    const requests = fakeApi({});
    await openSignIn();
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(requests).toEqual([]);
  });

  it('checks the fields before sending anything', async () => {
    const requests = fakeApi({});
    await signIn('', '');
    expect(await screen.findByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toHaveFocus();
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toEqual([]);
  });

  it('says so when the e-mail address or password is wrong', async () => {
    const requests = fakeApi({ 'POST /api/manager/login': () => apiError(401, 'invalid_credentials') });
    await signIn('wang.fang@example.com', 'wrong password');
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not correct.');
    expect(requests[0]?.body).toEqual({ email: 'wang.fang@example.com', password: 'wrong password' });
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('tells a locked-out manager when to try again', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(new Date(2026, 2, 1, 9, 0).getTime());
    fakeApi({ 'POST /api/manager/login': () => apiError(429, 'account_locked', { 'retry-after': '840' }) });
    await signIn('wang.fang@example.com', 'correct horse battery');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/locked/);
    expect(alert).toHaveTextContent('Try again after 9:14 AM (in about 14 min).');
  });

  it('says when the server cannot be reached', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await signIn('wang.fang@example.com', 'correct horse battery');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached.');
  });

  it('opens the dashboard on success and remembers it for the next visit', async () => {
    fakeApi({
      'POST /api/manager/login': () => json(200, { manager }),
      'GET /api/manager/cohorts': () => json(200, { cohorts: [cohort] }),
    });
    await signIn('wang.fang@example.com', 'correct horse battery');
    expect(await screen.findByText('Signed in as Wang Fang')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: cohort.name })).toHaveAttribute('href', `/manage/cohorts/${cohort.id}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Cohorts' })).toHaveFocus();
    expect(localStorage.getItem('courseware:manager-signed-in')).not.toBeNull();
  });

  it('goes straight to the dashboard while the session lasts, and signs out', async () => {
    rememberSignIn();
    const requests = fakeApi({
      'GET /api/manager/me': () => json(200, { manager }),
      'GET /api/manager/cohorts': () => json(200, { cohorts: [] }),
      'POST /api/manager/logout': () => json(200, { ok: true }),
    });
    renderRoute('/manage');
    expect(await screen.findByText('No cohorts yet. Create the first one below.', {}, ROUTE_LOADED)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('region', { name: 'Manager sign-in' })).toBeInTheDocument();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/manager/logout');
    expect(localStorage.getItem('courseware:manager-signed-in')).toBeNull();
  });

  it('returns to the sign-in form when the session has ended on the server', async () => {
    rememberSignIn();
    fakeApi({ 'GET /api/manager/me': () => json(200, { manager }), 'GET /api/manager/cohorts': () => apiError(401, 'unauthorized') });
    renderRoute('/manage');
    expect(await screen.findByText('Your session has ended. Sign in again.', {}, ROUTE_LOADED)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Manager sign-in' })).toBeInTheDocument();
  });

  it('speaks Chinese too', async () => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    fakeApi({ 'POST /api/manager/login': () => apiError(401, 'invalid_credentials') });
    const user = userEvent.setup();
    renderRoute('/manage');
    await screen.findByRole('heading', { level: 1, name: '培训管理' }, ROUTE_LOADED);
    await user.type(screen.getByLabelText('电子邮箱'), 'wang.fang@example.com');
    await user.type(screen.getByLabelText('密码'), 'x');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('电子邮箱或密码不正确。');
  });
});
