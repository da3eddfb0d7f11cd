import type { ChartBlock } from '../../content/types.ts';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { useBlockSurface } from '../block-surface.ts';
import { BarChart, FunnelChart, LineChart } from './charts.tsx';

/** The drawing's height on the slide canvas, in canvas pixels (the compiler's CHART_FACE). */
const CANVAS_CHART_HEIGHT = 460;

/** A `::chart` block from a chapter: its CSV/JSON table drawn as a line, bar or funnel chart. */
export function ChartBlockView({ block }: { block: ChartBlock }) {
  const { t, locale } = useT(calculatorMessages);
  // On the slide canvas a chart takes the room the face budget gives it (CHART_FACE).
  const height = useBlockSurface() === 'canvas' ? CANVAS_CHART_HEIGHT : undefined;
  const { chartType, unit, columns, rows } = block;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const formatValue = (value: number) => (unit === '%' ? `${number.format(value)}%` : number.format(value));
  const withUnit = (name: string) => (unit ? t('charts.withUnit', { name, unit }) : name);
  const title = block.title ?? t('charts.untitled');
  const [categoryLabel = '', ...seriesNames] = columns;

  if (chartType === 'funnel') {
    const stages = rows.map(([name, value]) => ({ name, value: value ?? 0 }));
    return <FunnelChart title={title} valueLabel={withUnit(seriesNames[0] ?? '')} stages={stages} formatValue={formatValue} height={height} />;
  }
  const props = {
    title,
    height,
    categoryLabel,
    categories: rows.map(([category]) => category),
    series: seriesNames.map((name, index) => ({
      name: withUnit(name),
      values: rows.map((row) => (row[index + 1] as number | undefined) ?? 0),
    })),
    formatValue,
  };
  return chartType === 'line' ? <LineChart {...props} /> : <BarChart {...props} />;
}
