import { lazy } from 'react';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChartFrame } from './chart-frame.tsx';
import { type CategoryChartProps, DEFAULT_CHART_HEIGHT, type FunnelChartProps } from './chart-types.ts';
import { funnelRows } from './funnel-rows.ts';
import { useEntryAnimation } from './entry-animation.tsx';
import './charts.css';

// recharts is only reached through these dynamic imports, so it never enters a page's entry chunk.
const LineDrawing = lazy(() => import('./line-drawing.tsx'));
const BarDrawing = lazy(() => import('./bar-drawing.tsx'));
const FunnelDrawing = lazy(() => import('./funnel-drawing.tsx'));

function categoryTable({ categoryLabel, categories, series, formatValue }: CategoryChartProps) {
  return {
    columns: [categoryLabel, ...series.map((s) => s.name)],
    rows: categories.map((category, index) => [
      category,
      ...series.map((s) => {
        const value = s.values[index];
        return value === undefined ? '—' : formatValue(value);
      }),
    ]),
  };
}

export function LineChart(props: CategoryChartProps) {
  const animate = useEntryAnimation();
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  return (
    <ChartFrame title={props.title} height={height} table={categoryTable(props)}>
      <LineDrawing categories={props.categories} series={props.series} formatValue={props.formatValue} formatAxis={props.formatAxis} height={height} animate={animate} />
    </ChartFrame>
  );
}

export function BarChart(props: CategoryChartProps) {
  const animate = useEntryAnimation();
  const height = props.height ?? DEFAULT_CHART_HEIGHT;
  return (
    <ChartFrame title={props.title} height={height} table={categoryTable(props)}>
      <BarDrawing categories={props.categories} series={props.series} formatValue={props.formatValue} formatAxis={props.formatAxis} height={height} animate={animate} />
    </ChartFrame>
  );
}

export function FunnelChart({ title, valueLabel, stages, formatValue, height }: FunnelChartProps) {
  const { t, locale } = useT(calculatorMessages);
  const animate = useEntryAnimation();
  const rows = funnelRows(stages);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const formatShare = (share: number | null) => (share === null ? '—' : percent.format(share));
  const drawingHeight = height ?? Math.max(160, 48 * stages.length + 40);
  const table = {
    columns: [t('charts.stage'), valueLabel, t('charts.shareOfFirst'), t('charts.shareOfPrevious')],
    rows: rows.map((row, index) => [
      row.name,
      formatValue(row.value),
      formatShare(row.shareOfFirst),
      index === 0 ? '—' : formatShare(row.shareOfPrevious),
    ]),
  };
  return (
    <ChartFrame title={title} height={drawingHeight} table={table} note={t('charts.funnelNote')}>
      <FunnelDrawing
        rows={rows}
        formatValue={formatValue}
        formatShare={formatShare}
        height={drawingHeight}
        animate={animate}
      />
    </ChartFrame>
  );
}
