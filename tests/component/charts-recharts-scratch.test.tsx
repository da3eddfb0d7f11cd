import { render } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import BarDrawing from '../../src/ui/charts/bar-drawing.tsx';
import FunnelDrawing from '../../src/ui/charts/funnel-drawing.tsx';
import LineDrawing from '../../src/ui/charts/line-drawing.tsx';
import { funnelRows } from '../../src/ui/charts/funnel-rows.ts';

beforeAll(() => {
  globalThis.ResizeObserver = class {
    cb: ResizeObserverCallback;
    constructor(cb: ResizeObserverCallback) { this.cb = cb; }
    observe(target: Element) { this.cb([{ target, contentRect: { width: 600, height: 260 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver); }
    unobserve() {}
    disconnect() {}
  };
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 260 });
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 260 });
});

const fmt = (n: number) => String(n);

it('draws lines', async () => {
  const { container } = render(<LineDrawing categories={['a', 'b', 'c']} series={[{ name: 'A', values: [1, 2, 3] }, { name: 'B', values: [3, 2, 1] }]} formatValue={fmt} height={260} animate={false} />);
  await new Promise((r) => setTimeout(r, 50));
  console.log([...container.querySelectorAll('text')].map((t) => t.textContent).join(' | '));
  expect(container.querySelectorAll('.recharts-line').length).toBe(2);
});

it('draws bars', async () => {
  const { container } = render(<BarDrawing categories={['a', 'b']} series={[{ name: 'A', values: [1, 2] }]} formatValue={fmt} height={260} animate={false} />);
  await new Promise((r) => setTimeout(r, 50));
  expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(2);
});

it('draws the funnel', async () => {
  const rows = funnelRows([{ name: 'x', value: 100 }, { name: 'y', value: 40 }]);
  const { container } = render(<FunnelDrawing rows={rows} formatValue={fmt} formatShare={(s) => String(s)} height={200} animate={false} />);
  await new Promise((r) => setTimeout(r, 50));
  console.log([...container.querySelectorAll('text')].map((t) => t.textContent).join(' | '));
  expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(2);
});
