import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { chapter, chapterRecord, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

// recharts needs a layout engine jsdom lacks; the chart's data table is what these tests read.
vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="bar-drawing" /> }));

const day = (d: number, hour = 10) => new Date(2026, 10, d, hour).getTime();

beforeEach(() => {
  resetProgress();
  useLocaleStore.setState({ locale: 'zh-CN' });
});

afterEach(() => resetProgress());

async function openProgress(): Promise<void> {
  renderRoute('/progress');
  await screen.findByRole('heading', { level: 1, name: '学习进度' });
}

function chapterCard(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

/** The `<dd>` that follows a `<dt>` in a card's figures. */
function figure(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('progress page', () => {
  it('is reached from the site navigation', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '学习进度' })).toHaveAttribute('href', '/progress');
  });

  it('lists each chapter’s figures from the store', async () => {
    const kpis = chapter('kpis');
    const overview = chapter('overview');
    const completedAt = day(20, 15);
    useProgressStore.setState({
      chapters: {
        kpis: chapterRecord('kpis', { seen: kpis.slideIds.slice(0, 4), at: day(21), scores: [0.5, 0.7] }),
        overview: chapterRecord('overview', { at: day(19), scores: [0.6, 0.9], completedAt }),
      },
    });
    await openProgress();

    const kpisCard = chapterCard('关键运营指标');
    expect(figure(kpisCard, '已读页面')).toBe(`4 / ${kpis.slideIds.length}`);
    expect(figure(kpisCard, '测验最高分')).toBe('70%（共测验 2 次）');
    expect(figure(kpisCard, '完成时间')).toBe('未完成');
    expect(within(kpisCard).getByRole('link', { name: '继续学习' })).toHaveAttribute('href', `/learn/kpis/${kpis.slideIds[4]}`);

    const overviewCard = chapterCard('运营概述');
    expect(figure(overviewCard, '已读页面')).toBe(`${overview.slideIds.length} / ${overview.slideIds.length}`);
    expect(figure(overviewCard, '测验最高分')).toBe('90%（共测验 2 次）');
    expect(figure(overviewCard, '完成时间')).toBe(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(completedAt));
    expect(within(overviewCard).getByText('已完成')).toBeInTheDocument();
    expect(within(overviewCard).getByRole('link', { name: '复习本章' })).toHaveAttribute('href', '/learn/overview');

    const crmCard = chapterCard('客户关系管理');
    expect(figure(crmCard, '已读页面')).toBe(`0 / ${chapter('crm').slideIds.length}`);
    expect(figure(crmCard, '测验最高分')).toBe('尚未测验');
    expect(within(crmCard).getByRole('link', { name: '开始学习' })).toHaveAttribute('href', '/learn/crm');

    expect(screen.getByRole('progressbar', { name: '课程完成度' })).toHaveAttribute('aria-valuenow', '10');
    expect(screen.getByText('已完成 1 / 10 章')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '查看结业证书' })).not.toBeInTheDocument();
  });

  it('charts activity per day, with the numbers in a table', async () => {
    useProgressStore.setState({
      chapters: {
        kpis: chapterRecord('kpis', { seen: chapter('kpis').slideIds.slice(0, 3), at: day(20), scores: [0.5] }),
        crm: chapterRecord('crm', { seen: chapter('crm').slideIds.slice(0, 2), at: day(22) }),
      },
    });
    await openProgress();
    const table = screen.getByRole('table', { name: /^每日学习活动/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['11/20', '3', '1'],
      ['11/21', '0', '0'],
      ['11/22', '2', '0'],
    ]);
  });

  it('says when there is no activity yet', async () => {
    await openProgress();
    expect(screen.getByText(/还没有学习记录/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('profile form', () => {
  it('validates, focuses the first problem, then saves', async () => {
    const user = userEvent.setup();
    await openProgress();
    const name = screen.getByRole('textbox', { name: '姓名' });
    const employeeId = screen.getByRole('textbox', { name: '工号（选填）' });
    await user.type(employeeId, 'E 17');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('将显示在结业证书上。 请填写姓名。');
    expect(employeeId).toHaveAccessibleDescription('工号只能包含字母、数字和 - _ . 符号。');
    expect(useProgressStore.getState().profile).toBeNull();

    await user.type(name, ' 王芳 ');
    await user.clear(employeeId);
    await user.type(employeeId, 'E-17');
    await user.type(screen.getByRole('textbox', { name: '团队（选填）' }), '华东运营');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(screen.getByText('学员信息已保存。')).toHaveAttribute('role', 'status');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(useProgressStore.getState().profile).toMatchObject({ displayName: '王芳', employeeId: 'E-17', team: '华东运营' });
  });

  it('starts from the saved profile', async () => {
    useProgressStore.getState().setProfile({ displayName: 'Li Ming', employeeId: null, team: 'Ops' });
    useLocaleStore.setState({ locale: 'en' });
    renderRoute('/progress');
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Li Ming');
    expect(screen.getByRole('textbox', { name: 'Team (optional)' })).toHaveValue('Ops');
  });
});
