import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import type { KpiId } from '../../kpi/index.ts';
import { BarChart, FunnelChart, LineChart } from '../../ui/charts/charts.tsx';
import { calculatorChart } from './calculator-charts.ts';
import type { FormValues } from './form-values.ts';

interface CalculatorChartProps {
  kpiId: KpiId;
  /** Validated inputs of a successful calculation. */
  inputs: Record<string, unknown>;
  values: FormValues;
}

/** The picture for KPIs that have one (funnels, retention, LTV vs CAC, before/after, inventory). */
export function CalculatorChart({ kpiId, inputs, values }: CalculatorChartProps) {
  const { t, locale } = useT(calculatorMessages);
  const spec = calculatorChart(kpiId, { inputs, options: values, t, locale });
  if (!spec) return null;
  switch (spec.kind) {
    case 'funnel':
      return <FunnelChart {...spec.props} />;
    case 'bar':
      return <BarChart {...spec.props} />;
    case 'line':
      return <LineChart {...spec.props} />;
  }
}
