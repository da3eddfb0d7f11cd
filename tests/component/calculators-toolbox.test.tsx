import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { KPI_DEFINITIONS } from '../../src/kpi/index.ts';
import { renderRoute } from './render-route.tsx';

vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));
vi.mock('../../src/ui/charts/line-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));
vi.mock('../../src/ui/charts/funnel-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  // The layout scrolls to the top on navigation; jsdom has no scrolling.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

describe('calculator toolbox', () => {
  it('lists all 26 KPIs in four theme groups, each linking to its calculator', async () => {
    renderRoute('/calculators');
    expect(await screen.findByRole('heading', { level: 1, name: '指标计算器' })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['客户', '销售漏斗', '履约与运营', '财务']);

    const links = screen.getAllByRole('heading', { level: 3 }).map((heading) => within(heading).getByRole('link'));
    expect(links).toHaveLength(26);
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      KPI_DEFINITIONS.map((definition) => `/calculators/${definition.id}`).sort(),
    );
    const funnel = screen.getByRole('region', { name: '销售漏斗' });
    expect(within(funnel).getByRole('link', { name: '转化率' })).toHaveAttribute('href', '/calculators/conversionRate');
  });

  it('is reachable from the main navigation', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await user.click(await screen.findByRole('link', { name: '计算器' }));
    expect(await screen.findByRole('heading', { level: 1, name: '指标计算器' })).toBeInTheDocument();
  });

  it('reads the inputs from the address and writes edits back with replace', async () => {
    const user = userEvent.setup();
    const { location, navigationType } = renderRoute('/calculators/churnRate?startCustomers=2000&lostCustomers=300');
    const lost = await screen.findByLabelText('流失客户数');
    expect(screen.getByLabelText('期初客户数')).toHaveValue('2000');
    expect(lost).toHaveValue('300');
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('15%');

    await user.clear(lost);
    await user.type(lost, '500');
    expect(navigationType()).toBe('REPLACE');
    expect(location().pathname).toBe('/calculators/churnRate');
    const search = new URLSearchParams(location().search);
    expect(Object.fromEntries(search)).toEqual({ startCustomers: '2000', lostCustomers: '500' });
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('25%');
  });

  it('round-trips lists, switches and the rates option through the address', async () => {
    const user = userEvent.setup();
    const { location, unmount } = renderRoute('/calculators/funnelOverallConversion?stages=1000,500,100');
    expect(await screen.findByLabelText('第 3 层')).toHaveValue('100');
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('10%');
    await user.click(screen.getByRole('button', { name: '添加一层' }));
    await user.type(screen.getByLabelText('第 4 层'), '50');
    const shared = `${location().pathname}${location().search}`;
    expect(new URLSearchParams(location().search).get('stages')).toBe('1000,500,100,50');
    unmount();

    renderRoute(shared);
    expect(await screen.findByLabelText('第 4 层')).toHaveValue('50');
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('5%');
  });

  it('keeps a boolean input and the rate switch in the address', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/calculators/improvementPct?before=4&after=2.8&lowerIsBetter=true');
    expect(await screen.findByLabelText('越低越好')).toBeChecked();
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('30%');
    await user.click(screen.getByLabelText('前后两个值都是比率（%）'));
    expect(screen.getByText(/两者相差 −1.2 个百分点|两者相差 -1.2 个百分点/)).toBeInTheDocument();
    const search = new URLSearchParams(location().search);
    expect(search.get('lowerIsBetter')).toBe('true');
    expect(search.get('valuesAreRates')).toBe('true');
  });

  it('shows the formula in the form the switch selects, and hides a chart whose numbers no longer hold', async () => {
    const user = userEvent.setup();
    renderRoute('/calculators/improvementPct?before=48&after=24&lowerIsBetter=true');
    expect(await screen.findByText('越低越好：(48 − 24) ÷ 48 × 100')).toBeInTheDocument();
    expect(screen.queryByText(/越高越好/)).toBeNull();
    await user.click(screen.getByLabelText('越低越好'));
    expect(screen.getByText('越高越好：(24 − 48) ÷ 48 × 100')).toBeInTheDocument();
    expect(screen.queryByText(/越低越好：/)).toBeNull();
    expect(document.title).toBe('改善幅度 · 指标计算器 · 商业运营人员培训');

    // A bad input: the old chart would show numbers that no longer match, so it waits instead.
    expect(await screen.findByRole('table')).toHaveTextContent('48');
    await user.clear(screen.getByLabelText('变化前的值'));
    await user.type(screen.getByLabelText('变化前的值'), 'abc');
    expect(screen.getByText('输入有误，改正后图表会按新的数字重画。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await user.clear(screen.getByLabelText('变化前的值'));
    await user.type(screen.getByLabelText('变化前的值'), '30');
    expect(screen.queryByText('输入有误，改正后图表会按新的数字重画。')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('30');
  });

  it('shows the example values when the address has none', async () => {
    renderRoute('/calculators/retentionRatePeriod');
    expect(await screen.findByLabelText('本期新增客户数')).toHaveValue('150');
    expect(screen.getByRole('status', { name: '计算结果' })).toHaveTextContent('85%');
  });

  it('answers an unknown calculator with a way back to the list', async () => {
    renderRoute('/calculators/noSuchKpi');
    expect(await screen.findByRole('heading', { name: '没有找到这个页面' })).toBeInTheDocument();
    expect(screen.getByText('没有 ID 为“noSuchKpi”的计算器。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回全部计算器' })).toHaveAttribute('href', '/calculators');
  });
});
