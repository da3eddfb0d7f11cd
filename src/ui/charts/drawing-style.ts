import type { CSSProperties } from 'react';

export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };

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
