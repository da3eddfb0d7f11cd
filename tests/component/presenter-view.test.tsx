import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chapter } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { firstText, loadChapter, renderDeck, stubBroadcastChannel } from './present-helpers.tsx';

let chapter: Chapter;

beforeAll(async () => {
  chapter = await loadChapter('overview');
});

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  sessionStorage.clear();
  stubBroadcastChannel();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function openPresenter(index: number) {
  const view = renderDeck(`/presenter/overview/${chapter.slides[index]!.id}`);
  await screen.findByRole('heading', { level: 1, name: `演讲者视图：${chapter.title}` });
  return view;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('presenter view', () => {
  it('shows the current slide, the next one, the notes and the count', async () => {
    await openPresenter(0);
    const [first, second] = chapter.slides;
    expect(within(region('当前幻灯片')).getByRole('heading', { level: 2, name: first!.title })).toBeInTheDocument();
    expect(within(region('接下来')).getByText(second!.title, { selector: 'p' })).toBeInTheDocument();
    expect(within(region('讲者备注')).getByText(firstText(first!.notes!), { exact: false })).toBeInTheDocument();
    expect(screen.getByText(`1 / ${chapter.slides.length}`)).toBeInTheDocument();
  });

  it('drives the slides with the same keys, notes following', async () => {
    const user = userEvent.setup();
    const { router } = await openPresenter(0);
    await user.keyboard('{ArrowRight}');
    const second = chapter.slides[1]!;
    expect(await within(region('当前幻灯片')).findByRole('heading', { level: 2, name: second.title })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/presenter/overview/${second.id}`));
    if (second.notes) expect(within(region('讲者备注')).getByText(firstText(second.notes), { exact: false })).toBeInTheDocument();

    await user.keyboard('{End}');
    expect(await within(region('接下来')).findByText('这是最后一页。')).toBeInTheDocument();
  });

  it('times the talk: start, pause, resume, reset, with pacing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openPresenter(0);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('00:00');
    expect(screen.getByText(/本页应在第 0–\d+ 分钟讲/)).toBeInTheDocument();

    // Started between two ticks of the clock: its seconds still turn over a whole second after the start.
    act(() => vi.advanceTimersByTime(400));
    fireEvent.click(screen.getByRole('button', { name: '开始' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(timer).toHaveTextContent('00:01');
    act(() => vi.advanceTimersByTime(64_000));
    expect(timer).toHaveTextContent('01:05');
    expect(screen.getByText('进度正常')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '暂停' }));
    act(() => vi.advanceTimersByTime(30_000));
    expect(timer).toHaveTextContent('01:05');

    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    act(() => vi.advanceTimersByTime(20 * 60_000));
    expect(timer).toHaveTextContent('21:05');
    expect(screen.getByText(/比计划慢 \d+ 分钟/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '重置' }));
    expect(timer).toHaveTextContent('00:00');
    expect(screen.getByRole('button', { name: '开始' })).toBeInTheDocument();
  });

  it('opens the audience window at the current slide', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await openPresenter(2);
    await user.click(screen.getByRole('button', { name: '打开观众窗口' }));
    expect(open).toHaveBeenCalledWith(`/present/overview/${chapter.slides[2]!.id}`, 'courseware-audience-overview');
  });

  it('opens the audience window inside the hash under hash routing (the SCORM package)', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderDeck(`/presenter/overview/${chapter.slides[2]!.id}`, { hash: true });
    await screen.findByRole('heading', { level: 1, name: `演讲者视图：${chapter.title}` });
    await user.click(screen.getByRole('button', { name: '打开观众窗口' }));
    expect(open).toHaveBeenCalledWith(`#/present/overview/${chapter.slides[2]!.id}`, 'courseware-audience-overview');
  });

  it('blacks out the audience screen with B and says so', async () => {
    const user = userEvent.setup();
    await openPresenter(0);
    await user.keyboard('b');
    expect(screen.getByText('观众屏幕已黑屏')).toBeInTheDocument();
    await user.keyboard('b');
    expect(screen.queryByText('观众屏幕已黑屏')).not.toBeInTheDocument();
  });
});
