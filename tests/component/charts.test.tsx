import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBlock } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { ChartBlockView } from '../../src/ui/charts/chart-block-view.tsx';

// recharts needs a layout engine jsdom lacks; the stand-ins record what the drawings receive.
vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({
  default: (props: { animate: boolean }) => <svg data-testid="bar-drawing" data-animate={String(props.animate)} />,
}));
vi.mock('../../src/ui/charts/line-drawing.tsx', () => ({
  default: (props: { animate: boolean }) => <svg data-testid="line-drawing" data-animate={String(props.animate)} />,
}));
vi.mock('../../src/ui/charts/funnel-drawing.tsx', () => ({
  default: (props: { animate: boolean }) => <svg data-testid="funnel-drawing" data-animate={String(props.animate)} />,
}));

beforeEach(() => useLocaleStore.setState({ locale: 'en' }));
afterEach(() => vi.unstubAllGlobals());

const funnel: ChartBlock = {
  type: 'chart',
  chartType: 'funnel',
  title: 'Weekend promotion purchase funnel',
  unit: 'users',
  columns: ['Stage', 'Users'],
  rows: [
    ['Opened mini-program', 40000],
    ['Viewed product page', 24000],
    ['Added to cart', 9600],
    ['Paid', 2688],
  ],
};

const retention: ChartBlock = {
  type: 'chart',
  chartType: 'line',
  title: 'Cohort retention curves',
  unit: '%',
  columns: ['Day', 'Product A', 'Product B'],
  rows: [
    ['D1', 42, 38],
    ['D7', 24, 14],
  ],
};

describe('chart blocks', () => {
  it('gives a funnel a data table with each stage’s share of the first and previous stage', async () => {
    render(<ChartBlockView block={funnel} />);
    const table = screen.getByRole('table', { name: 'Weekend promotion purchase funnel' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Stage', 'Users (users)', 'Share of first stage', 'Share of previous stage']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Opened mini-program', '40,000', '100%', '—'],
      ['Viewed product page', '24,000', '60%', '60%'],
      ['Added to cart', '9,600', '24%', '40%'],
      ['Paid', '2,688', '6.7%', '28%'],
    ]);
    expect(await screen.findByTestId('funnel-drawing')).toBeInTheDocument();
  });

  it('gives a line chart a table with one column per series and hides the drawing from assistive technology', async () => {
    render(<ChartBlockView block={retention} />);
    const table = screen.getByRole('table', { name: 'Cohort retention curves' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Day', 'Product A (%)', 'Product B (%)']);
    expect(within(table).getByRole('row', { name: /D7/ })).toHaveTextContent('D724%14%');
    const drawing = await screen.findByTestId('line-drawing');
    expect(drawing.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('shows the table on request', async () => {
    const user = userEvent.setup();
    render(<ChartBlockView block={{ ...retention, chartType: 'bar' }} />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const wrapper = screen.getByRole('table').parentElement!;
    expect(wrapper).toHaveClass('visually-hidden');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
    expect(wrapper).not.toHaveClass('visually-hidden');
    expect(await screen.findByTestId('bar-drawing')).toBeInTheDocument();
  });

  it('turns animation off when the learner prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    render(<ChartBlockView block={retention} />);
    expect(await screen.findByTestId('line-drawing')).toHaveAttribute('data-animate', 'false');
  });

  it('animates otherwise', async () => {
    render(<ChartBlockView block={funnel} />);
    expect(await screen.findByTestId('funnel-drawing')).toHaveAttribute('data-animate', 'true');
  });
});
