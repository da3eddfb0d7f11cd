import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { slideBlocks, type Chapter, type SingleQuiz } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { FakeEventSource, stubLayout, stubNetwork, type FakeCall } from './live-helpers.ts';
import { loadChapter, stubBroadcastChannel } from './present-helpers.tsx';
import { renderRoute } from './render-route.tsx';

const CODE = 'QRT789';
let chapter: Chapter;
let quizSlide: number;
let quiz: SingleQuiz;

beforeAll(async () => {
  chapter = await loadChapter('overview');
  quizSlide = chapter.slides.findIndex((s) => slideBlocks(s).some((b) => b.type === 'quiz' && b.kind === 'single'));
  quiz = slideBlocks(chapter.slides[quizSlide]!).find((b): b is SingleQuiz => b.type === 'quiz' && b.kind === 'single')!;
});

let calls: FakeCall[];
let signedIn: boolean;

const summary = (slideId: string) => ({
  code: CODE,
  chapterId: 'overview',
  status: 'live',
  slideId,
  createdAt: 0,
  counts: { connected: 0, joined: 0, answers: 0 },
  poll: null,
});

const pollView = (extra: object = {}) => ({
  id: 'p1',
  number: 1,
  slideId: chapter.slides[quizSlide]!.id,
  quizId: quiz.id,
  kind: 'single',
  options: quiz.options.map((o) => o.id),
  status: 'open',
  revealed: false,
  answerCount: 0,
  results: null,
  remainingMs: null,
  ...extra,
});

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  sessionStorage.clear();
  stubBroadcastChannel();
  stubLayout();
  signedIn = true;
  calls = stubNetwork(({ method, url, body }) => {
    if (method === 'GET' && url === '/api/live/rooms?chapterId=overview') return { status: 200, body: { signedIn, room: null } };
    if (method === 'POST' && url === '/api/live/rooms') return { status: 201, body: { code: CODE, room: summary((body as { slideId: string }).slideId) } };
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/slide`) return { status: 200, body };
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/poll`) return { status: 201, body: { poll: pollView() } };
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/poll/reveal`) return { status: 200, body: { poll: pollView({ revealed: true }) } };
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/end`) return { status: 200, body: { status: 'ended' } };
    return undefined;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const panel = () => screen.getByRole('region', { name: '课堂互动' });

async function openPresenter(index: number) {
  const user = userEvent.setup();
  const view = renderRoute(`/presenter/overview/${chapter.slides[index]!.id}`);
  await screen.findByRole('heading', { level: 2, name: '课堂互动' }, { timeout: 15_000 });
  return { user, view };
}

describe('the presenter’s live panel', () => {
  it('asks a signed-out presenter to sign in as a manager', async () => {
    signedIn = false;
    await openPresenter(0);
    const link = await within(panel()).findByRole('link', { name: '去登录' });
    expect(link).toHaveAttribute('href', '/manage');
    expect(within(panel()).queryByRole('button', { name: '开启课堂互动' })).toBeNull();
  });

  it('starts a session: code, QR code, counts; participants follow the presenter’s slides', async () => {
    const { user } = await openPresenter(0);
    await user.click(await within(panel()).findByRole('button', { name: '开启课堂互动' }));
    expect(calls.find((c) => c.url === '/api/live/rooms' && c.method === 'POST')?.body).toEqual({ chapterId: 'overview', slideId: chapter.slides[0]!.id });
    expect(await within(panel()).findByText(CODE)).toBeInTheDocument();
    const url = `${window.location.origin}/live/${CODE}`;
    const qr = await within(panel()).findByRole('img', { name: `扫码加入课堂互动：${url}` });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(within(panel()).getByText(url)).toBeInTheDocument();

    const stream = FakeEventSource.latest();
    expect(stream.url).toBe(`/api/live/rooms/${CODE}/events`);
    stream.open();
    stream.emit('state', { ...summary(chapter.slides[0]!.id), counts: { connected: 2, joined: 3, answers: 0 } });
    expect(within(panel()).getByText('2 人在线 · 共 3 人加入')).toBeInTheDocument();
    stream.emit('stats', { connected: 7, joined: 8, answers: 0 });
    expect(within(panel()).getByText('7 人在线 · 共 8 人加入')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(calls.filter((c) => c.url.endsWith('/slide')).map((c) => c.body)).toContainEqual({ slideId: chapter.slides[1]!.id }),
    );
    expect(within(panel()).getByRole('link', { name: '下载结果（CSV）' })).toHaveAttribute('href', `/api/live/rooms/${CODE}/results.csv?${new URLSearchParams({ locale: 'zh-CN', tz: Intl.DateTimeFormat().resolvedOptions().timeZone })}`);
  });

  it('opens a slide’s quiz as a poll, counts answers, reveals the results here and on the projector', async () => {
    const { user } = await openPresenter(quizSlide);
    const audience = renderRoute(`/present/overview/${chapter.slides[quizSlide]!.id}`);
    await user.click(await within(panel()).findByRole('button', { name: '开启课堂互动' }));
    // The stream opens once the room exists, that is after the start request has answered.
    expect(await within(panel()).findByText(CODE)).toBeInTheDocument();
    const stream = FakeEventSource.latest();
    stream.open();
    stream.emit('state', { ...summary(chapter.slides[quizSlide]!.id), counts: { connected: 3, joined: 3, answers: 0 } });

    // The join card on the projector, while the presenter shows it.
    expect(await within(audience.container).findByRole('complementary', { name: '加入课堂互动' })).toHaveTextContent(CODE);
    await user.click(within(panel()).getByRole('checkbox', { name: '在投影上显示加入码' }));
    await waitFor(() => expect(within(audience.container).queryByRole('complementary', { name: '加入课堂互动' })).toBeNull());

    // A countdown, chosen before opening, goes to the server, which closes the poll when it runs out.
    await user.selectOptions(within(panel()).getByRole('combobox', { name: '倒计时' }), '60 秒');
    await user.click(within(panel()).getByRole('button', { name: '开启投票' }));
    const opened = calls.find((c) => c.url.endsWith('/poll'));
    expect(opened?.body).toEqual({
      slideId: chapter.slides[quizSlide]!.id,
      quizId: quiz.id,
      kind: 'single',
      options: quiz.options.map((o) => o.id),
      correct: quiz.options.filter((o) => o.correct).map((o) => o.id),
      seconds: 60,
    });
    stream.emit('poll', pollView({ remainingMs: 60_000 }));
    expect(within(panel()).getByRole('timer', { name: '投票剩余时间' })).toHaveTextContent('剩余 1:00');
    expect(within(panel()).getByRole('button', { name: '投票进行中' })).toBeDisabled();
    stream.emit('stats', { connected: 3, joined: 3, answers: 2 });
    expect(within(panel()).getByText('已收到 2 份答案（共 3 人加入）')).toBeInTheDocument();
    expect(within(panel()).getByText('结果在公布前对所有人隐藏。')).toBeInTheDocument();

    await user.click(within(panel()).getByRole('button', { name: '公布结果' }));
    expect(calls.find((c) => c.url.endsWith('/poll/reveal'))?.body).toEqual({ pollId: 'p1' });
    const correct = quiz.options.findIndex((o) => o.correct);
    const buckets = quiz.options.map((o, i) => ({ key: o.id, count: i === correct ? 2 : 0, correct: o.correct }));
    stream.emit('poll', pollView({ revealed: true, answerCount: 2, results: { total: 2, correctCount: 2, buckets, numeric: null } }));
    expect(within(panel()).getByText('2 人中有 2 人答对。')).toBeInTheDocument();

    const results = await within(audience.container).findByRole('region', { name: '投票结果' });
    const rows = within(within(results).getByRole('list', { name: '各选项人数' })).getAllByRole('listitem');
    expect(rows[correct]).toHaveTextContent('正确答案');
    expect(within(results).getByText('2 人中有 2 人答对。')).toBeInTheDocument();
  });

  it('ends the session after a confirmation and keeps the results downloadable', async () => {
    const { user } = await openPresenter(0);
    await user.click(await within(panel()).findByRole('button', { name: '开启课堂互动' }));
    await within(panel()).findByText(CODE);
    await user.click(within(panel()).getByRole('button', { name: '结束课堂互动' }));
    expect(calls.some((c) => c.url.endsWith('/end'))).toBe(false);
    await user.click(within(panel()).getByRole('button', { name: '确认结束' }));
    expect(await within(panel()).findByText('课堂互动已结束，加入码已失效。', { exact: false })).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/end'))).toBe(true);
    expect(within(panel()).getByRole('link', { name: '下载结果（CSV）' })).toHaveAttribute('href', `/api/live/rooms/${CODE}/results.csv?${new URLSearchParams({ locale: 'zh-CN', tz: Intl.DateTimeFormat().resolvedOptions().timeZone })}`);
    expect(within(panel()).getByRole('button', { name: '开启课堂互动' })).toBeInTheDocument();
  });
});
