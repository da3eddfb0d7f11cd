import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { chapter, chapterRecord, completeCourse, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

beforeEach(() => {
  resetProgress();
  useLocaleStore.setState({ locale: 'zh-CN' });
});

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('home: continue where you left off', () => {
  it('offers chapter 1 when nothing is started', async () => {
    renderRoute('/');
    expect(await screen.findByRole('link', { name: '从第一章开始' })).toHaveAttribute('href', '/learn/overview');
  });

  it('links to the stored position, named by its chapter', async () => {
    const slideId = chapter('kpis').slideIds[3]!;
    useProgressStore.setState({ lastPosition: { chapterId: 'kpis', slideId, at: 5 } });
    renderRoute('/');
    expect(await screen.findByRole('link', { name: '继续学习：关键运营指标' })).toHaveAttribute('href', `/learn/kpis/${slideId}`);
    expect(screen.queryByRole('link', { name: '从第一章开始' })).not.toBeInTheDocument();
  });

  it('speaks English and falls back to chapter 1 when the stored slide has left the course', async () => {
    useLocaleStore.setState({ locale: 'en' });
    useProgressStore.setState({ lastPosition: { chapterId: 'crm', slideId: 'crm-basics', at: 5 } });
    const { unmount } = renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Continue: Customer Relationship Management' })).toHaveAttribute(
      'href',
      '/learn/crm/crm-basics',
    );
    unmount();
    useProgressStore.setState({ lastPosition: { chapterId: 'crm', slideId: 'retired-slide', at: 6 } });
    renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Start with chapter 1' })).toHaveAttribute('href', '/learn/overview');
  });
});

describe('home: continue at the first unfinished place', () => {
  it('moves on to the next chapter once the one last read is complete', async () => {
    const overview = chapter('overview');
    useProgressStore.setState({
      chapters: { overview: chapterRecord('overview', { scores: [0.9] }) },
      lastPosition: { chapterId: 'overview', slideId: overview.slideIds.at(-1)!, at: 5 },
    });
    renderRoute('/');
    expect(await screen.findByRole('link', { name: '继续学习：岗位职责与能力' })).toHaveAttribute('href', '/learn/roles');
    expect(document.title).toBe('商业运营人员培训');
  });

  it('offers the test of a chapter read through but not passed', async () => {
    useProgressStore.setState({ chapters: { overview: chapterRecord('overview', { scores: [0.5] }) } });
    renderRoute('/');
    expect(await screen.findByRole('link', { name: '参加本章测验：运营概述' })).toHaveAttribute('href', '/learn/overview#chapter-test');
  });

  it('points to the certificate when every chapter is complete', async () => {
    useProgressStore.setState({ chapters: completeCourse(), lastPosition: { chapterId: 'community', slideId: chapter('community').slideIds[0]!, at: 5 } });
    renderRoute('/');
    expect(await screen.findByRole('link', { name: '全部章节已完成：查看结业证书' })).toHaveAttribute('href', '/progress/certificate');
    expect(screen.queryByRole('link', { name: /^继续学习/ })).not.toBeInTheDocument();
  });
});

describe('home: chapter cards', () => {
  it('show the real share of slides seen, and mark complete chapters in words', async () => {
    const kpis = chapter('kpis');
    const seen = kpis.slideIds.slice(0, 5);
    useProgressStore.setState({
      chapters: {
        kpis: chapterRecord('kpis', { seen }),
        overview: chapterRecord('overview', { scores: [0.9] }),
      },
    });
    renderRoute('/');
    await screen.findByRole('list');
    const kpisCard = card('关键运营指标');
    expect(within(kpisCard).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      String(Math.floor((seen.length * 100) / kpis.slideIds.length)),
    );
    expect(within(kpisCard).queryByText('已完成')).not.toBeInTheDocument();

    const overviewCard = card('运营概述');
    expect(within(overviewCard).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(within(overviewCard).getByText('已完成')).toBeInTheDocument();
  });

  it('does not mark a chapter whose slides are all seen but whose test is not passed', async () => {
    useProgressStore.setState({ chapters: { overview: chapterRecord('overview', { scores: [0.5] }) } });
    renderRoute('/');
    await screen.findByRole('list');
    expect(within(card('运营概述')).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(within(card('运营概述')).queryByText('已完成')).not.toBeInTheDocument();
  });
});
