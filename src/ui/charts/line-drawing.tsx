import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type CategoryDrawingProps, seriesColor } from './chart-types.ts';
import { categoryRows, TOOLTIP_STYLE, useDrawingMetrics, valueAxisWidth } from './drawing-style.ts';

/** The recharts line chart; loaded on demand by `LineChart` in charts.tsx. */
export default function LineDrawing({ categories, series, formatValue, formatAxis = formatValue, height, animate }: CategoryDrawingProps) {
  const metrics = useDrawingMetrics();
  return (
    <ResponsiveContainer width={metrics.width} height={height}>
      <LineChart data={categoryRows(categories, series)} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="category" tick={metrics.tick} stroke="var(--muted)" />
        <YAxis tick={metrics.tick} stroke="var(--muted)" tickFormatter={(value: number) => formatAxis(value)} width={valueAxisWidth(series, formatAxis, metrics)} />
        <Tooltip formatter={(value) => formatValue(Number(value))} contentStyle={TOOLTIP_STYLE} isAnimationActive={animate} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, index) => (
          <Line
            key={s.name}
            type="monotone"
            dataKey={`s${index}`}
            name={s.name}
            stroke={seriesColor(index)}
            strokeWidth={2}
            dot={{ r: 3, fill: seriesColor(index) }}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
