/** One numeric series of a category chart, in the order of the chart's categories. */
export interface ChartSeries {
  name: string;
  values: number[];
}

/** A line or grouped bar chart: categories along one axis, one line or bar per series. */
export interface CategoryChartProps {
  /** Shown above the chart and as the data table's caption. */
  title: string;
  /** Header of the table's first column (what the categories are). */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  formatValue: (value: number) => string;
  /** Shorter labels for the value axis; defaults to `formatValue`. */
  formatAxis?: (value: number) => string;
  /** Pixel height of the drawing; the placeholder takes the same room while it loads. */
  height?: number;
}

export interface FunnelStage {
  name: string;
  value: number;
}

/** Stages from the widest to the narrowest, drawn as horizontal bars. */
export interface FunnelChartProps {
  title: string;
  /** Header of the count column, e.g. "Users". */
  valueLabel: string;
  stages: FunnelStage[];
  formatValue: (value: number) => string;
  height?: number;
}

/** What the drawing modules (the only ones that import recharts) receive. */
export interface CategoryDrawingProps extends Omit<CategoryChartProps, 'title' | 'categoryLabel'> {
  height: number;
  animate: boolean;
}

export interface FunnelDrawingProps {
  rows: FunnelRow[];
  formatValue: (value: number) => string;
  formatShare: (share: number | null) => string;
  height: number;
  animate: boolean;
}

export interface FunnelRow {
  name: string;
  value: number;
  /** Fraction of the first stage, or null when the first stage is 0. */
  shareOfFirst: number | null;
  /** Fraction of the previous stage; null for the first stage or after a 0. */
  shareOfPrevious: number | null;
}

export const DEFAULT_CHART_HEIGHT = 260;

/** Series colours from the theme (see charts.css), so charts follow light and dark mode. */
const SERIES_COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
