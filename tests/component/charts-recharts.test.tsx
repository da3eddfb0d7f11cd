import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBlock } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { ChartBlockView } from '../../src/ui/charts/chart-block-view.tsx';

// jsdom lays nothing out: give every element a size and a ResizeObserver that reports it.
const SIZE = { width: 600, height: 260 };
const savedResizeObserver = globalThis.ResizeObserver;

beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: SIZE } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => SIZE.width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => SIZE.height });
});

afterAll(() => {
  globalThis.ResizeObserver = savedResizeObserver;
  // The sizes were added on HTMLElement; removing them uncovers jsdom's own on Element.
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  // Without animation the drawing is final at once (and this is the reduced-motion path).
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-reduced-motion: reduce)',
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
});
afterEach(() => vi.unstubAllGlobals());

const funnel: ChartBlock = {
  type: 'chart',
  chartType: 'funnel',
  title: 'Purchase funnel',
  unit: 'users',
  columns: ['Stage', 'Users'],
  rows: [
    ['Visited', 10000],
    ['Signed up', 3200],
    ['Paid', 360],
  ],
};

describe('recharts drawings', () => {
  it('draws the funnel as one bar per stage, labelled with its shares, hidden from assistive technology', async () => {
    const { container } = render(<ChartBlockView block={funnel} />);
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3));
    const svg = container.querySelector('svg.recharts-surface')!;
    expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.textContent).toContain('3,200 · 32% / 32%');
    expect(screen.getByRole('table', { name: 'Purchase funnel' })).toBeInTheDocument();
  });

  it('draws one line per series in the theme colours', async () => {
    const block: ChartBlock = { ...funnel, chartType: 'line', columns: ['Day', 'A', 'B'], rows: [['D1', 40, 30], ['D7', 20, 10]] };
    const { container } = render(<ChartBlockView block={block} />);
    await waitFor(() => expect(container.querySelectorAll('path.recharts-line-curve')).toHaveLength(2));
    const strokes = [...container.querySelectorAll('path.recharts-line-curve')].map((path) => path.getAttribute('stroke'));
    expect(strokes).toEqual(['var(--chart-1)', 'var(--chart-2)']);
  });
});
