import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LiveParticipants } from '../../src/features/live/live-participants.tsx';
import type { ParticipantEntry } from '../../src/features/live/live-types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { stubNetwork, type FakeCall } from './live-helpers.ts';

const CODE = 'QRT789';
let people: ParticipantEntry[];
let admission: 'open' | 'approval';
let calls: FakeCall[];

const person = (id: string, name: string, admitted: boolean): ParticipantEntry => ({ id, name, joinedAt: 0, admitted, connected: true });

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  admission = 'approval';
  people = [person('a', '王小明', true), person('b', '李雷', false), person('c', 'spam', false)];
  calls = stubNetwork(({ method, url, body }) => {
    const base = `/api/live/rooms/${CODE}`;
    if (method === 'GET' && url === `${base}/participants`) return { status: 200, body: { admission, participants: people } };
    if (method === 'POST' && url === `${base}/admission`) {
      admission = (body as { admission: typeof admission }).admission;
      if (admission === 'open') people = people.map((p) => ({ ...p, admitted: true }));
      return { status: 200, body: { admission } };
    }
    const match = new RegExp(`^${base}/participants/(\\w+)/(admit|remove)$`).exec(url);
    if (method === 'POST' && match) {
      people = match[2] === 'admit' ? people.map((p) => (p.id === match[1] ? { ...p, admitted: true } : p)) : people.filter((p) => p.id !== match[1]);
      return { status: 200, body: { counts: {} } };
    }
    return undefined;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const act = async (action: () => Promise<unknown>) => {
  await action();
};

it('lets the presenter admit, turn away and remove participants', async () => {
  const user = userEvent.setup();
  render(<LiveParticipants code={CODE} counts={{ connected: 1, joined: 1, waiting: 2, answers: 0 }} busy={false} act={act} />);
  const section = screen.getByRole('region', { name: '参与者' });
  expect(await within(section).findByRole('heading', { name: '等待允许（2）' })).toBeInTheDocument();
  expect(within(section).getByRole('checkbox', { name: '新加入的参与者需经我允许' })).toBeChecked();

  const waitingList = within(section).getAllByRole('list')[0]!;
  const li = within(waitingList).getByText('李雷').closest('li')!;
  await user.click(within(li).getByRole('button', { name: '允许' }));
  await waitFor(() => expect(within(section).getByRole('heading', { name: '等待允许（1）' })).toBeInTheDocument());
  const spam = within(section).getByText('spam').closest('li')!;
  await user.click(within(spam).getByRole('button', { name: '拒绝' }));
  await waitFor(() => expect(within(section).queryByText('spam')).not.toBeInTheDocument());

  // Removing someone already in takes a second, explicit click.
  await user.click(within(section).getByText('已加入（2）'));
  await user.click(within(section).getByRole('button', { name: '移出“王小明”' }));
  expect(calls.some((c) => c.url.endsWith('/participants/a/remove'))).toBe(false);
  await user.click(within(section).getByRole('button', { name: '确认移出“王小明”' }));
  await waitFor(() => expect(within(section).getByText('已加入（1）')).toBeInTheDocument());
  expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.replace(`/api/live/rooms/${CODE}`, ''))).toEqual([
    '/participants/b/admit',
    '/participants/c/remove',
    '/participants/a/remove',
  ]);
});

it('opening the door lets everyone waiting in', async () => {
  const user = userEvent.setup();
  render(<LiveParticipants code={CODE} counts={{ connected: 1, joined: 1, waiting: 2, answers: 0 }} busy={false} act={act} />);
  const box = await screen.findByRole('checkbox', { name: '新加入的参与者需经我允许' });
  await waitFor(() => expect(box).toBeChecked());
  await user.click(box);
  await waitFor(() => expect(box).not.toBeChecked());
  await waitFor(() => expect(screen.queryByRole('heading', { name: /等待允许/ })).not.toBeInTheDocument());
  expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: `/api/live/rooms/${CODE}/admission`, body: { admission: 'open' } });
});
