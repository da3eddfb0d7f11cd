import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { slideBlocks, type Chapter } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { loadChapter, renderDeck, stubBroadcastChannel } from './present-helpers.tsx';
import { renderRoute } from './render-route.tsx';

let chapter: Chapter;
let titles: string[];

beforeAll(async () => {
  chapter = await loadChapter('overview');
  titles = chapter.slides.map((s) => s.title);
});

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  stubBroadcastChannel();
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const slideHeading = (title: string) => screen.findByRole('heading', { level: 2, name: title });
const path = (router: ReturnType<typeof renderDeck>['router']) => router.state.location.pathname;
/** The address names slide `n`; it follows a move once the new slide is painted. */
const addressShows = (router: ReturnType<typeof renderDeck>['router'], n: number) =>
  waitFor(() => expect(path(router)).toBe(`/present/overview/${chapter.slides[n]!.id}`));

async function openAt(slideIndex: number) {
  const view = renderDeck(`/present/overview/${chapter.slides[slideIndex]!.id}`);
  await slideHeading(titles[slideIndex]!);
  return view;
}

describe('slide mode', () => {
  it('sends an address without a slide to the first slide, and announces it', async () => {
    const { location, navigationType } = renderRoute('/present/overview');
    await slideHeading(titles[0]!);
    await waitFor(() => expect(location().pathname).toBe(`/present/overview/${chapter.slides[0]!.id}`));
    expect(navigationType()).toBe('REPLACE');
    expect(screen.getByText(`第 1 / ${titles.length} 页：${titles[0]}`)).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText(`1 / ${titles.length}`)).toBeInTheDocument();
  });

  it('keeps the next and previous slides ready behind the one on show, hidden and inert, and shows them without a render', async () => {
    await openAt(1);
    const stageOf = (n: number) => screen.getByText(titles[n]!, { selector: '.slide-title' }).closest('section')!;
    await waitFor(() => expect(stageOf(0)).toHaveAttribute('inert'));
    for (const n of [0, 2]) {
      expect(stageOf(n)).toHaveAttribute('aria-hidden', 'true');
      expect(stageOf(n)).toHaveClass('slide-stage-waiting');
    }
    expect(stageOf(1)).not.toHaveAttribute('inert');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([titles[1]]);

    const next = stageOf(2);
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })));
    // The same element, shown at once: only its aria-hidden and class changed on the move.
    expect(stageOf(2)).toBe(next);
    expect(next).not.toHaveAttribute('aria-hidden');
    expect(next).not.toHaveClass('slide-stage-waiting');
    expect(stageOf(1)).toHaveAttribute('aria-hidden', 'true');
    // Inertness, which restyles a whole slide, follows once the move is painted; then the new
    // neighbour is rendered and the one two slides back is dropped.
    await waitFor(() => expect(next).not.toHaveAttribute('inert'));
    await waitFor(() => expect(stageOf(1)).toHaveAttribute('inert'));
    await waitFor(() => expect(screen.getByText(titles[3]!, { selector: '.slide-title' })).toBeInTheDocument());
    expect(screen.queryByText(titles[0]!, { selector: '.slide-title' })).not.toBeInTheDocument();
  });

  it('moves with the arrow, Space, Page and Home/End keys, the address following', async () => {
    const user = userEvent.setup();
    const { router } = await openAt(0);
    const last = titles.length - 1;

    await user.keyboard('{ArrowRight}');
    await slideHeading(titles[1]!);
    await addressShows(router, 1);
    await user.keyboard(' ');
    await slideHeading(titles[2]!);
    await user.keyboard('{PageDown}');
    await slideHeading(titles[3]!);
    await user.keyboard('{ArrowLeft}');
    await slideHeading(titles[2]!);
    await user.keyboard('{PageUp}');
    await slideHeading(titles[1]!);
    await user.keyboard('{End}');
    await slideHeading(titles[last]!);
    expect(screen.getByText(`第 ${last + 1} / ${titles.length} 页：${titles[last]}`)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await slideHeading(titles[last]!);
    await user.keyboard('{Home}');
    await slideHeading(titles[0]!);
    await user.keyboard('{ArrowLeft}');
    await addressShows(router, 0);
    expect(screen.getByRole('heading', { level: 2, name: titles[0] })).toBeInTheDocument();
  });

  it('shows the next slide at once and writes the address after it is painted', async () => {
    const { router } = await openAt(0);
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })));
    expect(screen.getByRole('heading', { level: 2, name: titles[1] })).toBeInTheDocument();
    expect(path(router)).toBe(`/present/overview/${chapter.slides[0]!.id}`);
    await addressShows(router, 1);
  });

  it('stays on the latest of quick moves when the address of an earlier one arrives late', async () => {
    const { router } = await openAt(0);
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })));
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      await router.navigate(`/present/overview/${chapter.slides[1]!.id}`, { replace: true });
    });
    expect(screen.getByRole('heading', { level: 2, name: titles[2] })).toBeInTheDocument();
    await addressShows(router, 2);
    expect(screen.getByRole('heading', { level: 2, name: titles[2] })).toBeInTheDocument();
  });

  it('follows the address when it changes from elsewhere, dropping a move not yet written', async () => {
    const { router } = await openAt(0);
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      await router.navigate(`/present/overview/${chapter.slides[5]!.id}`, { replace: true });
    });
    await slideHeading(titles[5]!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(path(router)).toBe(`/present/overview/${chapter.slides[5]!.id}`);
    expect(screen.getByRole('heading', { level: 2, name: titles[5] })).toBeInTheDocument();
  });

  it('leaves the address alone once the deck is left, even right after a move', async () => {
    const { router } = await openAt(0);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      fireEvent.click(screen.getByRole('link', { name: '退出放映' }));
    });
    await screen.findByText('lesson');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(path(router)).toMatch(/^\/learn\/overview\//);
  });

  it('counts quick presses from the slide asked for, not the one still shown', async () => {
    const { router } = await openAt(0);
    // Dispatched directly, so nothing renders between the presses.
    for (let i = 0; i < 3; i += 1) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await slideHeading(titles[3]!);
    await addressShows(router, 3);
  });

  it('changes slides with a sideways swipe of a finger, not with a mouse drag', async () => {
    const { container } = await openAt(1);
    const viewport = container.querySelector('.present-viewport')!;
    const swipe = (pointerType: string, from: number, to: number) => {
      fireEvent.pointerDown(viewport, { pointerId: 1, pointerType, isPrimary: true, clientX: from, clientY: 300 });
      fireEvent.pointerUp(viewport, { pointerId: 1, pointerType, isPrimary: true, clientX: to, clientY: 310 });
    };
    swipe('touch', 300, 100);
    await slideHeading(titles[2]!);
    swipe('mouse', 300, 100);
    swipe('touch', 300, 280);
    expect(screen.getByRole('heading', { level: 2, name: titles[2] })).toBeInTheDocument();
    swipe('touch', 100, 300);
    await slideHeading(titles[1]!);
  });

  it('opens the overview with O or Escape, and jumps to the chosen thumbnail', async () => {
    const user = userEvent.setup();
    const { router } = await openAt(1);

    await user.keyboard('o');
    const dialog = await screen.findByRole('dialog', { name: '全部幻灯片' });
    const current = within(dialog).getByRole('button', { name: `第 2 页：${titles[1]}` });
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: `第 4 页：${titles[3]}` }));
    await slideHeading(titles[3]!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await addressShows(router, 3);

    await user.keyboard('O');
    within(await screen.findByRole('dialog')).getByRole('button', { name: `第 1 页：${titles[0]}` }).focus();
    await user.keyboard('{Enter}');
    await slideHeading(titles[0]!);
  });

  it('moves between the overview’s thumbnails with the arrow keys', async () => {
    const user = userEvent.setup();
    await openAt(1);
    await user.keyboard('o');
    const dialog = await screen.findByRole('dialog', { name: '全部幻灯片' });
    const pick = (n: number) => within(dialog).getByRole('button', { name: `第 ${n + 1} 页：${titles[n]}` });
    expect(pick(1)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(pick(2)).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(pick(0)).toHaveFocus();
    await user.keyboard('{End}');
    expect(pick(titles.length - 1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(pick(0)).toHaveFocus();
    // The deck did not move meanwhile (rows, which need a layout, are covered by the grid's unit test).
    expect(dialog).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await slideHeading(titles[2]!);
  });

  it('blacks the screen out with B or the full stop, and brings it back', async () => {
    const user = userEvent.setup();
    await openAt(0);
    const blackout = /屏幕已暂时黑屏/;
    await user.keyboard('b');
    expect(screen.getByRole('button', { name: blackout })).toBeInTheDocument();
    await user.keyboard('.');
    expect(screen.queryByRole('button', { name: blackout })).not.toBeInTheDocument();
    await user.keyboard('B');
    await user.click(screen.getByRole('button', { name: blackout }));
    expect(screen.queryByRole('button', { name: blackout })).not.toBeInTheDocument();
  });

  it('goes to a typed slide number with G, refusing numbers out of range', async () => {
    const user = userEvent.setup();
    const { router } = await openAt(0);

    await user.keyboard('g');
    const dialog = await screen.findByRole('dialog', { name: '跳到指定页' });
    const input = within(dialog).getByLabelText(`页码（1–${titles.length}）`);
    expect(input).toHaveFocus();
    await user.type(input, '99{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(`1 到 ${titles.length}`);
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, '5{Enter}');
    await slideHeading(titles[4]!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await addressShows(router, 4);
  });

  it('shows the shortcuts with ?, keeps focus inside, and gives it back on close', async () => {
    const user = userEvent.setup();
    await openAt(0);
    // Focus rests on the viewport that holds the slide on show, which stays as slides change.
    const stage = document.querySelector<HTMLElement>('.present-viewport')!;
    expect(within(stage).getByRole('region', { name: titles[0] })).toBeInTheDocument();
    await waitFor(() => expect(stage).toHaveFocus());

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByRole('row', { name: /空格.*下一页/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: /G.*跳到指定页/ })).toBeInTheDocument();
    const close = within(dialog).getByRole('button', { name: '关闭' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: titles[0] })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stage).toHaveFocus();
  });

  it('opens the presenter view at the current slide with S, inside the hash under hash routing', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const slideId = chapter.slides[1]!.id;
    const plain = await openAt(1);
    await user.keyboard('s');
    expect(open).toHaveBeenLastCalledWith(`/presenter/overview/${slideId}`, 'courseware-presenter-overview');
    plain.unmount();

    renderDeck(`/present/overview/${slideId}`, { hash: true });
    await slideHeading(titles[1]!);
    await user.keyboard('s');
    expect(open).toHaveBeenLastCalledWith(`#/presenter/overview/${slideId}`, 'courseware-presenter-overview');
  });

  it('leaves keys to fields on the slide', async () => {
    const user = userEvent.setup();
    const index = chapter.slides.findIndex((s) => slideBlocks(s).some((b) => b.type === 'calculator'));
    expect(index).toBeGreaterThanOrEqual(0);
    const { router } = await openAt(index);
    const input = screen.getAllByRole('textbox', { name: '计算器输入' })[0]!;
    expect(input).toHaveAttribute('data-synced', 'yes');

    await user.click(input);
    await user.keyboard('{ArrowRight} o.b?g{Home}');
    expect(input).toHaveValue(' o.b?g');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /屏幕已暂时黑屏/ })).not.toBeInTheDocument();
    expect(path(router)).toBe(`/present/overview/${chapter.slides[index]!.id}`);
  });

  it('keeps a slide as the position after a second, and counts it seen only after its reading time', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await openAt(2);
      const slide = chapter.slides[2]!;
      const seen = () => useProgressStore.getState().chapters.overview?.seen[slide.id];
      expect(slide.readingMs).toBeGreaterThan(2000);
      await act(async () => {}); // the slide's effects start their clocks
      act(() => void vi.advanceTimersByTime(1500));
      expect(useProgressStore.getState().lastPosition).toMatchObject({ chapterId: 'overview', slideId: slide.id });
      expect(seen()).toBeUndefined();
      act(() => void vi.advanceTimersByTime(slide.readingMs));
      expect(seen()).toBeTypeOf('number');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so for an unknown chapter or slide', async () => {
    renderDeck('/present/no-such-chapter');
    expect(await screen.findByText('课程中没有 ID 为“no-such-chapter”的章节。')).toBeInTheDocument();
  });

  it('says so for an unknown slide, with a way back to the chapter', async () => {
    renderDeck('/present/overview/no-such-slide');
    expect(await screen.findByText(/没有 ID 为“no-such-slide”的页面/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '从本章开头阅读' })).toHaveAttribute('href', '/learn/overview');
  });

  it('prints every slide with its notes with ?print', async () => {
    renderDeck('/present/overview?print');
    const pages = await screen.findAllByRole('article');
    expect(pages).toHaveLength(titles.length);
    const withNotes = chapter.slides.filter((s) => s.notes).length;
    expect(screen.getAllByRole('complementary', { name: '讲者备注' })).toHaveLength(withNotes);
    expect(screen.getByRole('button', { name: '打印讲义' })).toBeInTheDocument();
  });
});

describe('windows in step', () => {
  it('moves the audience window when the presenter moves, and back', async () => {
    const user = userEvent.setup();
    const audience = renderDeck(`/present/overview/${chapter.slides[0]!.id}`);
    await within(audience.container).findByRole('heading', { level: 2, name: titles[0] });
    const presenter = renderDeck(`/presenter/overview/${chapter.slides[0]!.id}`);
    const presenterView = within(presenter.container);
    await presenterView.findByRole('heading', { level: 1, name: /演讲者视图/ });

    await user.click(presenterView.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(audience.router.state.location.pathname).toBe(`/present/overview/${chapter.slides[1]!.id}`));
    await within(audience.container).findByRole('heading', { level: 2, name: titles[1] });

    await user.click(within(audience.container).getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(presenter.router.state.location.pathname).toBe(`/presenter/overview/${chapter.slides[2]!.id}`));
    await act(async () => undefined);
  });
});
