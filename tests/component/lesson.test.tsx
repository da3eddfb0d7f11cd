import { act, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/content/types.ts';
import { LessonView } from '../../src/features/lesson/lesson-view.tsx';
import { FIRST_SLIDES } from '../../src/features/lesson/use-shown-slides.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { renderRoute } from './render-route.tsx';

beforeEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

const text = (value: string) => ({ type: 'root' as const, children: [{ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value }] }] });

const chapter: Chapter = {
  id: 'sample',
  locale: 'zh-CN',
  title: '示例章节',
  summary: '摘要',
  duration: 20,
  objectives: [{ id: 'o', text: '目标一' }],
  test: [],
  slides: [
    { id: 'one', title: '第一节', face: [{ type: 'prose', hast: text('第一节正文') }], depth: [{ type: 'prose', hast: text('第一节的展开阅读') }], notes: text('讲师备注'), readingMs: 4000 },
    {
      id: 'two',
      title: '第二节',
      depth: [],
      face: [
        { type: 'callout', tone: 'warning', title: '小心', blocks: [{ type: 'prose', hast: text('提醒内容') }] },
        { type: 'calculator', kind: 'churnRate', presets: {} },
      ],
      notes: null,
      readingMs: 4000,
    },
  ],
};

function renderLesson(props: Partial<Parameters<typeof LessonView>[0]> = {}) {
  return render(
    <MemoryRouter>
      <LessonView chapter={chapter} fallback={false} slideId={null} {...props} />
    </MemoryRouter>,
  );
}

describe('lesson reader', () => {
  it('shows the chapter as one lesson with a table of contents linking every slide', () => {
    renderLesson();
    expect(screen.getByRole('heading', { level: 1, name: '示例章节' })).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: '本章目录' });
    expect(within(toc).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/learn/sample/one', '/learn/sample/two']);
    expect(screen.getByRole('region', { name: '第一节' })).toHaveTextContent('第一节正文');
    // The reader shows the slide's face, then its reading depth.
    expect(screen.getByRole('region', { name: '第一节' }).textContent!.indexOf('第一节的展开阅读')).toBeGreaterThan(
      screen.getByRole('region', { name: '第一节' }).textContent!.indexOf('第一节正文'),
    );
    expect(screen.getByRole('complementary', { name: /注意/ })).toHaveTextContent('提醒内容');
  });

  it('keeps unregistered interactive blocks visible with a label', () => {
    renderLesson();
    expect(screen.getByRole('complementary', { name: '指标计算器' })).toBeInTheDocument();
  });

  it('says so when it falls back to the original language', () => {
    renderLesson({ fallback: true });
    expect(screen.getByRole('note')).toHaveTextContent('本章暂无英文版');
  });

  it('moves focus to a deep-linked slide and rejects an unknown one helpfully', () => {
    const { unmount } = renderLesson({ slideId: 'two' });
    expect(document.activeElement).toHaveTextContent('第二节');
    unmount();
    renderLesson({ slideId: 'missing' });
    expect(screen.getByText('“示例章节”中没有 ID 为“missing”的页面。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '从本章开头阅读' })).toHaveAttribute('href', '/learn/sample');
  });

  it('loads a real compiled chapter through the route', async () => {
    renderRoute('/learn/kpis');
    expect(await screen.findByRole('heading', { level: 1, name: '关键运营指标' })).toBeInTheDocument();
    // The lesson renders its slides over several frames; role queries on the whole of it are slow.
    await waitFor(() => expect(document.querySelector('.lesson-slides:not([aria-busy])')).not.toBeNull(), { timeout: 20_000 });
    expect(screen.getByRole('link', { name: /下一章/ })).toHaveAttribute('href', '/learn/processes');
    expect(screen.getAllByRole('region').length).toBeGreaterThanOrEqual(10);
  });

  it('shows a not-found page for an unknown chapter', async () => {
    renderRoute('/learn/nope');
    expect(await screen.findByText('课程中没有 ID 为“nope”的章节。')).toBeInTheDocument();
  });
});

describe('a long lesson', () => {
  const long: Chapter = {
    ...chapter,
    slides: ['一', '二', '三', '四', '五', '六'].map((n, i) => ({ id: `s${i + 1}`, title: `第${n}节`, face: [{ type: 'prose', hast: text(`正文${n}`) }], depth: [], notes: null, readingMs: 4000 })),
  };
  const shownSlides = () => document.querySelectorAll('.lesson-slide').length;
  const renderLong = (slideId: string | null = null) =>
    render(
      <MemoryRouter>
        <LessonView chapter={long} fallback={false} slideId={slideId} chapterEnd={() => <p>章末测验</p>} />
      </MemoryRouter>,
    );

  it('paints the first slides at once and adds the rest, then the chapter end, right after', async () => {
    renderLong();
    expect(shownSlides()).toBe(FIRST_SLIDES);
    expect(document.querySelector('.lesson-slides')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('章末测验')).not.toBeInTheDocument();
    expect(await screen.findByText('章末测验')).toBeInTheDocument();
    expect(shownSlides()).toBe(6);
    expect(document.querySelector('.lesson-slides')).not.toHaveAttribute('aria-busy');
    expect(within(screen.getByRole('navigation', { name: '本章目录' })).getAllByRole('link')).toHaveLength(6);
  });

  it('renders through a deep-linked slide at once, focused', () => {
    renderLong('s5');
    expect(shownSlides()).toBe(5);
    expect(document.activeElement).toHaveTextContent('第五节');
  });

  it('renders every slide before printing, so a handout is complete', () => {
    renderLong();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shownSlides()).toBe(6);
    expect(screen.getByText('章末测验')).toBeInTheDocument();
  });
});
