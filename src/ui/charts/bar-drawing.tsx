import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type CategoryDrawingProps, seriesColor } from './chart-types.ts';
import { categoryRows, TOOLTIP_STYLE, useDrawingMetrics, valueAxisWidth } from './drawing-style.ts';

/** The recharts grouped bar chart; loaded on demand by `BarChart` in charts.tsx. */
export default function BarDrawing({ categories, series, formatValue, formatAxis = formatValue, height, animate }: CategoryDrawingProps) {
  const metrics = useDrawingMetrics();
  return (
    <ResponsiveContainer width={metrics.width} height={height}>
      <BarChart data={categoryRows(categories, series)} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="category" tick={metrics.tick} stroke="var(--muted)" />
        <YAxis tick={metrics.tick} stroke="var(--muted)" tickFormatter={(value: number) => formatAxis(value)} width={valueAxisWidth(series, formatAxis, metrics)} />
        <Tooltip formatter={(value) => formatValue(Number(value))} contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--bg)' }} isAnimationActive={animate} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, index) => (
          <Bar key={s.name} dataKey={`s${index}`} name={s.name} fill={seriesColor(index)} radius={[4, 4, 0, 0]} isAnimationActive={animate} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
