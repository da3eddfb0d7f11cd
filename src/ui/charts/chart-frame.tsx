import '../../i18n/messages/calculators-register.ts';
import { Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { ChartDataTable } from './chart-data-table.tsx';
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
  const { t } = useT();
  const placeholder = (message: string) => (
    <p className="chart-placeholder" style={{ height }}>
      {message}
    </p>
  );
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div className="chart-canvas" style={{ height }} aria-hidden="true">
        <ChartErrorBoundary fallback={placeholder(t('charts.failed'))}>
          <Suspense fallback={placeholder(t('charts.loading'))}>{children}</Suspense>
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
