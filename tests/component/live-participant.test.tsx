import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { slideBlocks, type Chapter, type SingleQuiz } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { FakeEventSource, stubLayout, stubNetwork, type FakeCall } from './live-helpers.ts';
import { loadChapter } from './present-helpers.tsx';
import { renderRoute } from './render-route.tsx';

const CODE = 'ABC234';
const TOKEN = 't'.repeat(43);
let chapter: Chapter;
let quizSlide: number;
let quiz: SingleQuiz;

beforeAll(async () => {
  chapter = await loadChapter('kpis');
  quizSlide = chapter.slides.findIndex((s) => slideBlocks(s).some((b) => b.type === 'quiz' && b.kind === 'single'));
  quiz = slideBlocks(chapter.slides[quizSlide]!).find((b): b is SingleQuiz => b.type === 'quiz' && b.kind === 'single')!;
});

let calls: FakeCall[];
let answers: Array<{ pollId: string; choices?: string[]; value?: number }>;

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  stubLayout();
  answers = [];
  calls = stubNetwork(({ method, url, body }) => {
    if (method === 'GET' && url === `/api/live/rooms/${CODE}`) return { status: 200, body: { code: CODE, chapterId: 'kpis', status: 'live' } };
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/join`) {
      const { name } = body as { name: string };
      return { status: 201, body: { participantId: 'p-1', name, token: TOKEN, room: { code: CODE, chapterId: 'kpis', status: 'live', slideId: 'x' } } };
    }
    if (method === 'POST' && url === `/api/live/rooms/${CODE}/poll/answer`) {
      const answer = body as { pollId: string; choices?: string[]; value?: number };
      answers.push(answer);
      return { status: 200, body: { pollId: answer.pollId, answer: { choices: answer.choices ?? null, value: answer.value ?? null } } };
    }
    return undefined;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const slide = (i: number) => chapter.slides[i]!;
const snapshot = (slideId: string, extra: object = {}) => ({
  code: CODE,
  chapterId: 'kpis',
  status: 'live',
  slideId,
  poll: null,
  you: { participantId: 'p-1', name: '小王', answer: null },
  ...extra,
});
const pollView = (extra: object = {}) => ({
  id: 'p1',
  number: 1,
  slideId: slide(quizSlide).id,
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

async function joinAs(name: string) {
  const user = userEvent.setup();
  const view = renderRoute(`/live/${CODE.toLowerCase()}`);
  await user.type(await screen.findByLabelText('你的显示名称'), name);
  await user.click(screen.getByRole('button', { name: '加入' }));
  await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
  return { user, view, stream: FakeEventSource.latest() };
}

const slideHeading = () => screen.getByRole('article').querySelector('h2')!;

describe('live session on a trainee’s phone', () => {
  it('joins with a display name and follows the presenter’s slides', async () => {
    const { stream } = await joinAs('  小王  ');
    expect(calls.find((c) => c.url.endsWith('/join'))?.body).toEqual({ name: '小王' });
    expect(stream.url).toBe(`/api/live/rooms/${CODE}/events?token=${TOKEN}`);
    expect(JSON.parse(localStorage.getItem(`courseware:live:${CODE}`)!)).toMatchObject({ code: CODE, token: TOKEN, name: '小王' });

    stream.open();
    stream.emit('state', snapshot(slide(0).id));
    expect(await screen.findByRole('heading', { level: 2, name: slide(0).title })).toBeInTheDocument();
    expect(screen.getByText('小王 已加入', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('同步中')).toBeInTheDocument();

    stream.emit('slide', { slideId: slide(1).id });
    expect(slideHeading()).toHaveTextContent(slide(1).title);
    stream.emit('slide', { slideId: slide(2).id });
    expect(slideHeading()).toHaveTextContent(slide(2).title);
    expect(screen.getByText(`第 3 / ${chapter.slides.length} 页`)).toBeInTheDocument();
    // Following the presenter is announced politely.
    expect(screen.getByText(`讲师正在讲第 3 / ${chapter.slides.length} 页：${slide(2).title}`)).toBeInTheDocument();
  });

  it('checks the name before sending it', async () => {
    const user = userEvent.setup();
    renderRoute(`/live/${CODE}`);
    const input = await screen.findByLabelText('你的显示名称');
    await user.click(screen.getByRole('button', { name: '加入' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写显示名称。');
    await user.type(input, '名'.repeat(41));
    await user.click(screen.getByRole('button', { name: '加入' }));
    expect(screen.getByRole('alert')).toHaveTextContent('显示名称最多 40 个字符。');
    expect(calls.some((c) => c.url.endsWith('/join'))).toBe(false);
  });

  it('browses back on its own and returns with “back to live”', async () => {
    const { user, stream } = await joinAs('小李');
    stream.open();
    stream.emit('state', snapshot(slide(3).id));
    await screen.findByRole('heading', { level: 2, name: slide(3).title });
    expect(screen.getByRole('button', { name: /下一页/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /回到讲师当前页/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: /上一页/ }));
    await user.click(screen.getByRole('button', { name: /上一页/ }));
    expect(slideHeading()).toHaveTextContent(slide(1).title);
    expect(screen.getByText('自行浏览')).toBeInTheDocument();

    // The presenter moves on; the trainee stays where they are, told where the presenter is.
    stream.emit('slide', { slideId: slide(4).id });
    expect(slideHeading()).toHaveTextContent(slide(1).title);
    expect(screen.getByText(`讲师现在在第 5 页：${slide(4).title}`)).toBeInTheDocument();
    // Forward again, as far as the presenter has gone.
    await user.click(screen.getByRole('button', { name: /下一页/ }));
    expect(slideHeading()).toHaveTextContent(slide(2).title);

    await user.click(screen.getByRole('button', { name: '回到讲师当前页（第 5 页）' }));
    expect(slideHeading()).toHaveTextContent(slide(4).title);
    expect(screen.getByText('同步中')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /回到讲师当前页/ })).toBeNull();
    await waitFor(() => expect(slideHeading()).toHaveFocus());
    stream.emit('slide', { slideId: slide(5).id });
    expect(slideHeading()).toHaveTextContent(slide(5).title);
  });

  it('answers a poll, changes the answer, and sees the results once revealed', async () => {
    const { user, stream } = await joinAs('小张');
    stream.open();
    stream.emit('state', snapshot(slide(quizSlide).id));
    const card = await screen.findByRole('region', { name: '课堂题目' });
    expect(within(card).getByText('讲师开启投票后即可在这里作答。')).toBeInTheDocument();
    expect(within(card).queryByRole('radio')).toBeNull();

    stream.emit('poll', pollView());
    // The open poll takes the screen in place of the slide, focused.
    const poll = screen.getByRole('region', { name: '投票 1' });
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => expect(within(poll).getByRole('heading', { level: 2, name: '投票 1' })).toHaveFocus());
    expect(within(poll).queryByRole('timer')).toBeNull();
    const radios = within(poll).getAllByRole('radio');
    expect(radios).toHaveLength(quiz.options.length);
    const send = within(poll).getByRole('button', { name: '提交答案' });
    expect(send).toBeDisabled();
    await user.click(radios[0]!);
    await user.click(send);
    expect(await within(poll).findByText('已收到你的答案。投票结束前可以修改。')).toBeInTheDocument();
    expect(answers).toEqual([{ pollId: 'p1', choices: [quiz.options[0]!.id] }]);
    expect(calls.find((c) => c.url.endsWith('/poll/answer'))?.headers.authorization).toBe(`Bearer ${TOKEN}`);

    await user.click(radios[1]!);
    await user.click(within(poll).getByRole('button', { name: '修改答案' }));
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(answers[1]).toEqual({ pollId: 'p1', choices: [quiz.options[1]!.id] });
    expect(within(poll).getByText('讲师公布后，这里会显示全班的作答分布。')).toBeInTheDocument();

    const correctIndex = quiz.options.findIndex((o) => o.correct);
    const buckets = quiz.options.map((o, i) => ({ key: o.id, count: i === correctIndex ? 3 : i === 1 ? 2 : 0, correct: o.correct }));
    const total = buckets.reduce((sum, b) => sum + b.count, 0);
    stream.emit('poll', pollView({ status: 'closed', revealed: true, answerCount: total, results: { total, correctCount: 3, buckets, numeric: null } }));
    // Closed, the poll gives the screen back to the slide, where the results show.
    expect(screen.queryByRole('region', { name: '投票 1' })).toBeNull();
    await waitFor(() => expect(slideHeading()).toHaveFocus());
    const closed = screen.getByRole('region', { name: '课堂投票 · 已结束' });
    expect(within(closed).getByText('投票已结束，以上是你的最终答案。')).toBeInTheDocument();
    for (const radio of within(closed).getAllByRole('radio')) expect(radio).toBeDisabled();
    const key = within(closed).getByRole('list', { name: '各选项人数' });
    const rows = within(key).getAllByRole('listitem');
    expect(rows).toHaveLength(quiz.options.length);
    expect(rows[correctIndex]).toHaveTextContent('正确答案');
    expect(rows[correctIndex]).toHaveTextContent('3 人');
    expect(rows[1]).toHaveTextContent('你的选择');
    expect(within(closed).getByText(`${total} 人中有 3 人答对。`)).toBeInTheDocument();
    // The chart's data table carries the same numbers.
    const table = within(closed).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(quiz.options.length + 1);
    // Nothing of this reaches the trainee's own progress.
    expect(useProgressStore.getState().chapters).toEqual({});
  });

  it('answers a numeric poll as typed on a phone keypad', async () => {
    const numericSlide = chapter.slides.findIndex((s) => slideBlocks(s).some((b) => b.type === 'quiz' && b.kind === 'numeric'));
    const numeric = slideBlocks(chapter.slides[numericSlide]!).find((b) => b.type === 'quiz' && b.kind === 'numeric')!;
    const { user, stream } = await joinAs('小钱');
    stream.open();
    stream.emit('state', snapshot(slide(numericSlide).id, { poll: pollView({ slideId: slide(numericSlide).id, quizId: numeric.type === 'quiz' ? numeric.id : '', kind: 'numeric', options: [] }) }));
    const poll = await screen.findByRole('region', { name: '投票 1' });
    const field = within(poll).getByRole('textbox', { name: '你的答案（数字）' });
    expect(field).toHaveAttribute('inputmode', 'decimal');
    await user.type(field, 'abc');
    expect(within(poll).getByText('请输入一个数字。')).toBeInTheDocument();
    expect(within(poll).getByRole('button', { name: '提交答案' })).toBeDisabled();
    await user.clear(field);
    await user.type(field, '１２。５');
    await user.click(within(poll).getByRole('button', { name: '提交答案' }));
    await waitFor(() => expect(answers).toEqual([{ pollId: 'p1', value: 12.5 }]));
  });

  it('counts a poll down, lets the trainee look at the slides meanwhile and come back to it', async () => {
    vi.useFakeTimers({ now: 1_000_000, shouldAdvanceTime: true });
    const { user, stream } = await joinAs('小赵');
    stream.open();
    stream.emit('state', snapshot(slide(quizSlide).id, { poll: pollView({ remainingMs: 65_000 }) }));
    const poll = await screen.findByRole('region', { name: '投票 1' });
    expect(within(poll).getByRole('timer', { name: '投票剩余时间' })).toHaveTextContent('剩余 1:05');
    await act(() => vi.advanceTimersByTimeAsync(56_000));
    expect(within(poll).getByRole('timer')).toHaveTextContent('剩余 0:09');
    expect(within(poll).getByText('投票即将结束。')).toBeInTheDocument();

    await user.click(within(poll).getByRole('button', { name: '先看幻灯片' }));
    expect(slideHeading()).toHaveTextContent(slide(quizSlide).title);
    expect(screen.getByRole('region', { name: '课堂投票 · 进行中' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /上一页/ }));
    expect(screen.getByText('讲师开启了一个投票。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '去作答' }));
    expect(slideHeading()).toHaveTextContent(slide(quizSlide).title);
    await user.click(screen.getByRole('button', { name: '回到投票' }));
    expect(screen.getByRole('region', { name: '投票 1' })).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('shows a dropped connection and resumes from the snapshot sent on reconnect', async () => {
    const { stream } = await joinAs('小孙');
    stream.open();
    stream.emit('state', snapshot(slide(0).id));
    await screen.findByRole('heading', { level: 2, name: slide(0).title });
    stream.fail(false);
    expect(screen.getByText('连接中断，正在重连…')).toBeInTheDocument();
    // The browser reconnects by itself; the server starts with the current state, answer included.
    stream.open();
    stream.emit('state', snapshot(slide(quizSlide).id, { poll: pollView(), you: { participantId: 'p-1', name: '小孙', answer: { choices: [quiz.options[2]!.id], value: null } } }));
    expect(screen.getByText('● 已同步')).toBeInTheDocument();
    const poll = screen.getByRole('region', { name: '投票 1' });
    expect(within(poll).getAllByRole('radio')[2]).toBeChecked();
    expect(within(poll).getByText('已收到你的答案。投票结束前可以修改。')).toBeInTheDocument();
  });

  it('keeps its seat across a reload, and says when the session has ended', async () => {
    const { view, stream } = await joinAs('小周');
    stream.open();
    stream.emit('state', snapshot(slide(0).id));
    await screen.findByRole('heading', { level: 2, name: slide(0).title });
    view.unmount();

    renderRoute(`/live/${CODE}`);
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(2));
    expect(calls.filter((c) => c.url.endsWith('/join'))).toHaveLength(1);
    const again = FakeEventSource.latest();
    expect(again.url).toContain(`token=${TOKEN}`);
    again.open();
    again.emit('state', snapshot(slide(1).id));
    await screen.findByRole('heading', { level: 2, name: slide(1).title });

    again.emit('ended', { reason: 'ended' });
    expect(await screen.findByRole('heading', { level: 1, name: '本场课堂互动已结束' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '阅读本章' })).toHaveAttribute('href', '/learn/kpis');
    expect(again.closed).toBe(true);
  });

  it('explains an unknown or expired code', async () => {
    renderRoute('/live/ZZZZZZ');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这场课堂互动' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });
});
