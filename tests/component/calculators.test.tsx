import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalculatorBlock } from '../../src/content/types.ts';
import { CalculatorBlockView } from '../../src/features/calculators/calculator-block-view.tsx';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';

// The drawings are recharts (it needs a real layout engine); the tests read the data table instead.
vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));
vi.mock('../../src/ui/charts/line-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));
vi.mock('../../src/ui/charts/funnel-drawing.tsx', () => ({ default: () => <svg data-testid="drawing" /> }));

beforeEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

function renderBlock(kind: string, presets: CalculatorBlock['presets'] = {}) {
  render(
    <MemoryRouter>
      <CalculatorBlockView block={{ type: 'calculator', kind, presets }} />
    </MemoryRouter>,
  );
}

const result = () => screen.getByRole('status', { name: /计算结果|Result/ });

describe('calculator block', () => {
  it('renders labelled inputs from the presets and updates the result and formula as the learner types', async () => {
    const user = userEvent.setup();
    renderBlock('churnRate', { startCustomers: 1000, lostCustomers: 150 });
    const start = screen.getByLabelText('期初客户数');
    const lost = screen.getByLabelText('流失客户数');
    expect(start).toHaveValue('1000');
    expect(lost).toHaveValue('150');
    expect(result()).toHaveTextContent('15%');
    expect(screen.getByText('150 ÷ 1,000 × 100')).toBeInTheDocument();

    await user.clear(lost);
    await user.type(lost, '200');
    expect(result()).toHaveTextContent('20%');
    expect(screen.getByText('200 ÷ 1,000 × 100')).toBeInTheDocument();
  });

  it('accepts numbers the way people type them', async () => {
    const user = userEvent.setup();
    renderBlock('churnRate', { startCustomers: 1000, lostCustomers: 150 });
    const start = screen.getByLabelText('期初客户数');
    await user.clear(start);
    await user.type(start, '１,５００');
    expect(result()).toHaveTextContent('10%');
  });

  it('falls back to the definition example for inputs the chapter did not preset', () => {
    renderBlock('churnRate', { lostCustomers: 100 });
    expect(screen.getByLabelText('期初客户数')).toHaveValue('1000');
    expect(result()).toHaveTextContent('10%');
  });

  it('shows a validation message next to the offending field and clears it once fixed', async () => {
    const user = userEvent.setup();
    renderBlock('churnRate', { startCustomers: 1000, lostCustomers: 150 });
    const start = screen.getByLabelText('期初客户数');
    const lost = screen.getByLabelText('流失客户数');
    await user.clear(lost);
    await user.type(lost, '1200');

    expect(lost).toHaveAttribute('aria-invalid', 'true');
    expect(lost).toHaveAccessibleDescription('流失客户数不能大于期初客户数，请检查这两个数字。');
    const message = document.getElementById(lost.getAttribute('aria-describedby')!)!;
    expect(message).toHaveAttribute('aria-live', 'polite');
    expect(lost.closest('.calc-field')).toContainElement(message);
    expect(start).not.toHaveAttribute('aria-invalid');
    expect(result()).toHaveTextContent('请先修正标出的输入项。');

    await user.clear(lost);
    await user.type(lost, '100');
    expect(lost).not.toHaveAttribute('aria-invalid');
    expect(message).toBeEmptyDOMElement();
    expect(result()).toHaveTextContent('10%');
  });

  it('names a field that is empty or not a number', async () => {
    const user = userEvent.setup();
    renderBlock('churnRate', { startCustomers: 1000, lostCustomers: 150 });
    const start = screen.getByLabelText('期初客户数');
    await user.clear(start);
    expect(start).toHaveAccessibleDescription('请填写期初客户数。');
    await user.type(start, 'abc');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription(/期初客户数必须是一个有效的数字/);
    expect(screen.getByText('150 ÷ 期初客户数 × 100')).toBeInTheDocument();
  });

  it('reports a problem with no single field in the result itself', async () => {
    const user = userEvent.setup();
    renderBlock('nps', { promoters: 30, passives: 50, detractors: 20 });
    for (const label of ['推荐者人数（9–10 分）', '被动者人数（7–8 分）', '贬损者人数（0–6 分）']) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), '0');
    }
    expect(result()).not.toHaveTextContent('请先修正');
    expect(result().textContent).not.toBe('');
    expect(screen.getByLabelText('推荐者人数（9–10 分）')).not.toHaveAttribute('aria-invalid');
  });

  it('restores the chapter presets on reset', async () => {
    const user = userEvent.setup();
    renderBlock('churnRate', { startCustomers: 1000, lostCustomers: 150 });
    const lost = screen.getByLabelText('流失客户数');
    await user.clear(lost);
    await user.type(lost, '999');
    await user.click(screen.getByRole('button', { name: '恢复预设值' }));
    expect(lost).toHaveValue('150');
    expect(result()).toHaveTextContent('15%');
  });

  it('follows the interface language for labels and number formats', () => {
    renderBlock('orderCycleTimeAvg');
    expect(screen.getByLabelText(/各订单处理时长/)).toHaveValue('10, 20, 30, 100');
    expect(result()).toHaveTextContent('40 小时');
    act(() => useLocaleStore.getState().setLocale('en'));
    expect(screen.getByLabelText(/Order cycle times/)).toHaveValue('10, 20, 30, 100');
    expect(result()).toHaveTextContent('40 hours');
    expect(screen.getByRole('button', { name: 'Reset to preset values' })).toBeInTheDocument();
  });

  it.each([
    ['ltvChurn', { arpu: 50, grossMarginPct: 70, churnRatePct: 3 }, '¥1,166.67'],
    ['ltvCacRatio', { ltv: 1500, cac: 600 }, '2.5×'],
    ['nps', { promoters: 30, passives: 50, detractors: 20 }, '+10 points'],
    ['daysInventoryOutstanding', {}, '73 days'],
    ['cacPaybackMonths', { cac: 600, monthlyArpu: 100, grossMarginPct: 75 }, '8 months'],
  ])('formats the %s result in its unit', (kind, presets, text) => {
    useLocaleStore.setState({ locale: 'en' });
    renderBlock(kind, presets);
    expect(result()).toHaveTextContent(text);
  });

  it('edits funnel stages one field each, with add and remove', async () => {
    const user = userEvent.setup();
    renderBlock('funnelOverallConversion', { stages: [10000, 3200, 1440, 360] });
    expect(result()).toHaveTextContent('3.6%');
    await user.click(screen.getByRole('button', { name: '删除第 4 层' }));
    expect(screen.queryByLabelText('第 4 层')).not.toBeInTheDocument();
    expect(result()).toHaveTextContent('14.4%');
    await user.click(screen.getByRole('button', { name: '添加一层' }));
    const added = screen.getByLabelText('第 4 层');
    await user.type(added, '2000');
    expect(added).toHaveAttribute('aria-invalid', 'true');
    expect(added).toHaveAccessibleDescription(/第 4 层人数不能大于第 3 层/);
    await user.clear(added);
    await user.type(added, '720');
    expect(result()).toHaveTextContent('7.2%');
  });

  it('draws the funnel with its numbers in the data table', () => {
    renderBlock('funnelOverallConversion', { stages: [10000, 3200, 1440, 360] });
    const table = screen.getByRole('table', { name: '各层人数' });
    const rows = within(table).getAllByRole('row');
    expect(rows[2]).toHaveTextContent(/第 2 层\s*3,200\s*32%\s*32%/);
    expect(rows[4]).toHaveTextContent(/第 4 层\s*360\s*3.6%\s*25%/);
  });

  it('shows the percentage-point difference when both values are rates', async () => {
    const user = userEvent.setup();
    renderBlock('percentChange', { before: 90, after: 96 });
    expect(result()).toHaveTextContent('6.67%');
    expect(screen.queryByText(/个百分点/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('前后两个值都是比率（%）'));
    expect(screen.getByText(/两者相差 \+6 个百分点/)).toBeInTheDocument();
  });
});
