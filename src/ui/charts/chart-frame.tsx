import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '../use-hydrated.ts';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChartDataTable } from './chart-data-table.tsx';
import { useAllChartsRequested } from './chart-demand.ts';
import { ChartErrorBoundary } from './chart-error-boundary.tsx';

interface ChartFrameProps {
  title: string;
  height: number;
  table: { columns: readonly string[]; rows: readonly (readonly string[])[] };
  /** How to read the drawing, shown under it (the table needs no such help). */
  note?: string;
  /** The lazily loaded drawing. */
  children: ReactNode;
}

/**
 * A chart's figure: its title, the drawing (hidden from assistive technology, which reads the
 * table instead) in a box of fixed height so nothing jumps while it loads, and the data table.
 */
export function ChartFrame({ title, height, table, note, children }: ChartFrameProps) {
  const { t } = useT(calculatorMessages);
  const canvas = useRef<HTMLDivElement>(null);
  const everyChart = useAllChartsRequested();
  const near = useNearViewport(canvas) || everyChart;
  const placeholder = (message: string, loading = true) => (
    <p className={loading ? 'chart-placeholder chart-loading' : 'chart-placeholder'} style={{ height }}>
      {message}
    </p>
  );
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div ref={canvas} className="chart-canvas" style={{ height }} aria-hidden="true">
        <ChartErrorBoundary fallback={placeholder(t('charts.failed'), false)}>
          {near ? <Suspense fallback={placeholder(t('charts.loading'))}>{children}</Suspense> : placeholder(t('charts.loading'))}
        </ChartErrorBoundary>
      </div>
      {note ? (
        <p className="chart-note" aria-hidden="true">
          {note}
        </p>
      ) : null}
      <ChartDataTable caption={title} columns={table.columns} rows={table.rows} />
    </figure>
  );
}

/**
 * Whether the element is on screen or within half a screen of it. A lesson holds many charts:
 * drawing only those the learner approaches keeps the chart library off the first load and its
 * rendering out of the page's start (also before printing, so a printout has every drawing the
 * browser can finish). Without IntersectionObserver, at once.
 */
function useNearViewport(ref: { current: Element | null }): boolean {
  // A page rendered ahead of time has the placeholder (its box keeps the place), and so does its hydration.
  const hydrated = useHydrated();
  const [seen, setNear] = useState(false);
  const near = seen || (hydrated && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: '50% 0px' });
    observer.observe(element);
    const show = () => setNear(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near, ref]);
  return near;
}
