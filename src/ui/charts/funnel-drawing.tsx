import { Bar, BarChart, CartesianGrid, LabelList, type LabelProps, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FunnelDrawingProps } from './chart-types.ts';
import { useDrawingMetrics } from './drawing-style.ts';

/**
 * The funnel as horizontal bars, widest stage on top; each bar is labelled with its count and its
 * shares of the first and previous stages. Loaded on demand by `FunnelChart` in charts.tsx.
 */
export default function FunnelDrawing({ rows, formatValue, formatShare, height, animate }: FunnelDrawingProps) {
  const metrics = useDrawingMetrics();
  const data = rows.map((row, index) => ({
    name: row.name,
    value: row.value,
    label:
      index === 0
        ? formatValue(row.value)
        : `${formatValue(row.value)} · ${formatShare(row.shareOfFirst)} / ${formatShare(row.shareOfPrevious)}`,
  }));
  return (
    <ResponsiveContainer width={metrics.width} height={height}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={metrics.tick} stroke="var(--muted)" tickFormatter={(value: number) => formatValue(value)} />
        <YAxis type="category" dataKey="name" tick={metrics.tick} stroke="var(--muted)" width={metrics.categoryAxis} />
        <Bar dataKey="value" fill="var(--chart-funnel)" radius={[0, 4, 4, 0]} isAnimationActive={animate}>
          <LabelList dataKey="label" content={(props: LabelProps) => <StageLabel {...props} fontSize={metrics.fontSize} />} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One line from the bar's start; recharts' own label would wrap to the (narrow) bar's width. */
function StageLabel({ viewBox, value, fontSize }: LabelProps & { fontSize: number }) {
  if (!viewBox || !('height' in viewBox) || viewBox.x === undefined || viewBox.y === undefined || viewBox.height === undefined) return null;
  return (
    <text x={viewBox.x + 6} y={viewBox.y + viewBox.height / 2} dominantBaseline="central" fill="var(--text)" fontSize={fontSize}>
      {value}
    </text>
  );
}
