import type { CSSProperties } from 'react';
import { SLIDE_CANVAS } from '../../content/types.ts';
import { useBlockSurface } from '../block-surface.ts';

/**
 * Type and axis sizes of a drawing. On the slide canvas every word is at the canvas minimum
 * (30 px) and the axes widen to match; recharts lays ticks out by these numbers, so they are
 * props, not CSS.
 */
export interface DrawingMetrics {
  tick: { fill: string; fontSize: number };
  fontSize: number;
  /** Width of a value axis and of a funnel's stage-name axis. */
  valueAxis: number;
  categoryAxis: number;
  /**
   * The drawing's width: the container's on a page; on the canvas its content width, fixed, since
   * a container inside the scaled canvas would be measured at its scaled size.
   */
  width: number | '100%';
}

const PAGE: DrawingMetrics = { tick: { fill: 'var(--muted)', fontSize: 12 }, fontSize: 12, valueAxis: 64, categoryAxis: 112, width: '100%' };
const CANVAS: DrawingMetrics = { tick: { fill: 'var(--muted)', fontSize: 30 }, fontSize: 30, valueAxis: 150, categoryAxis: 280, width: SLIDE_CANVAS.width - 2 * SLIDE_CANVAS.paddingX };

export function useDrawingMetrics(): DrawingMetrics {
  return useBlockSurface() === 'canvas' ? CANVAS : PAGE;
}

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  color: 'var(--text)',
};

/** Recharts wants one object per category; series are keyed s0, s1, … so any name is safe. */
export function categoryRows(categories: readonly string[], series: readonly { values: readonly number[] }[]) {
  return categories.map((category, index) => {
    const row: Record<string, string | number | null> = { category };
    series.forEach((s, seriesIndex) => {
      row[`s${seriesIndex}`] = s.values[index] ?? null;
    });
    return row;
  });
}

/** A label's width in pixels at `fontSize`: CJK and full-width characters a full em, the rest about 0.6. */
function labelWidth(label: string, fontSize: number): number {
  let ems = 0;
  for (const char of label) ems += /[\u2E80-\uFFEF]/u.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

/**
 * Room for the widest value-axis label. Recharts does not measure its ticks, so a fixed axis cut
 * large numbers (`1,200,000`) at the chart's edge; the top tick can round up past the largest
 * value, hence the headroom.
 */
export function valueAxisWidth(series: readonly { values: readonly number[] }[], formatAxis: (value: number) => string, metrics: Pick<DrawingMetrics, 'fontSize' | 'valueAxis'>): number {
  const values = series.flatMap((s) => s.values).filter(Number.isFinite);
  const extremes = [Math.max(0, ...values) * 1.25, Math.min(0, ...values) * 1.25];
  const widest = Math.max(...extremes.map((value) => labelWidth(formatAxis(value), metrics.fontSize)));
  return Math.max(metrics.valueAxis, Math.ceil(widest + metrics.fontSize));
}
