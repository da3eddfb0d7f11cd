import type { Locale } from '../../content/types.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import type { calculatorMessages } from '../../i18n/messages/calculators.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { KpiId } from '../../kpi/index.ts';
import type { CategoryChartProps, FunnelChartProps } from '../../ui/charts/chart-types.ts';
import { RATES_FIELD } from './form-values.ts';
import { formatKpiValue, formatNumber } from './format.ts';

export type CalculatorChartSpec =
  | { kind: 'funnel'; props: FunnelChartProps }
  | { kind: 'bar' | 'line'; props: CategoryChartProps };

interface ChartContext {
  /** Inputs that passed validation, so every number is a finite number. */
  inputs: Record<string, unknown>;
  /** Form-only switches such as RATES_FIELD. */
  options: Record<string, unknown>;
  t: Translate<KeyOf<typeof calculatorMessages>>;
  locale: Locale;
}

type ChartBuilder = (context: ChartContext) => CalculatorChartSpec;

const num = (inputs: Record<string, unknown>, name: string): number => {
  const value = inputs[name];
  return typeof value === 'number' ? value : 0;
};

function funnel(title: string, stages: { name: string; value: number }[], { t, locale }: ChartContext): CalculatorChartSpec {
  const formatValue = (value: number) => formatNumber(locale, value);
  return { kind: 'funnel', props: { title, valueLabel: t('calculators.chart.users'), stages, formatValue } };
}

function retainedVsLost(retained: number, lost: number, { t, locale }: ChartContext): CalculatorChartSpec {
  return {
    kind: 'bar',
    props: {
      title: t('calculators.chart.retention'),
      categoryLabel: t('calculators.chart.group'),
      categories: [t('calculators.chart.retained'), t('calculators.chart.lost')],
      series: [{ name: t('calculators.chart.customers'), values: [retained, lost] }],
      formatValue: (value) => formatNumber(locale, value),
    },
  };
}

function beforeAfter({ inputs, options, t, locale }: ChartContext): CalculatorChartSpec {
  const rates = options[RATES_FIELD] === true;
  return {
    kind: 'bar',
    props: {
      title: t('calculators.chart.beforeAfter'),
      categoryLabel: t('calculators.chart.group'),
      categories: [t('calculators.chart.before'), t('calculators.chart.after')],
      series: [{ name: t('calculators.chart.value'), values: [num(inputs, 'before'), num(inputs, 'after')] }],
      formatValue: (value) => (rates ? `${formatNumber(locale, value)}%` : formatNumber(locale, value)),
    },
  };
}

const TURNOVER_STEPS = [1, 2, 3, 4, 6, 8, 10, 12];

/** Days of inventory against turnover: the curve flattens, so each extra turn saves fewer days. */
function inventoryCurve({ inputs, t, locale }: ChartContext): CalculatorChartSpec {
  const average = (num(inputs, 'beginInventory') + num(inputs, 'endInventory')) / 2;
  const current = Math.round((num(inputs, 'cogs') / average) * 100) / 100;
  const days = typeof inputs.daysInPeriod === 'number' ? inputs.daysInPeriod : 365;
  const turns = [...new Set([...TURNOVER_STEPS, ...(current > 0 ? [current] : [])])].sort((a, b) => a - b);
  const times = (value: number) => t('calculators.value.times', { value: formatNumber(locale, value) });
  return {
    kind: 'line',
    props: {
      title: t('calculators.chart.inventory'),
      categoryLabel: t('calculators.chart.turnover'),
      categories: turns.map((turn) => (turn === current ? t('calculators.chart.current', { value: times(turn) }) : times(turn))),
      series: [{ name: t('calculators.chart.dio'), values: turns.map((turn) => days / turn) }],
      formatValue: (value) => formatKpiValue(value, 'days', locale, t),
      formatAxis: (value) => formatNumber(locale, value, 0),
    },
  };
}

/** The KPIs a picture helps with, and how to draw each from its inputs. */
const CHARTS: Partial<Record<KpiId, ChartBuilder>> = {
  funnelOverallConversion: (c) => {
    const stages = Array.isArray(c.inputs.stages) ? (c.inputs.stages as number[]) : [];
    return funnel(c.t('calculators.chart.funnel'), stages.map((value, index) => ({ name: c.t('calculators.stage', { n: index + 1 }), value })), c);
  },
  funnelStepConversion: (c) =>
    funnel(
      c.t('calculators.chart.funnel'),
      [
        { name: c.t('calculators.chart.entered'), value: num(c.inputs, 'entered') },
        { name: c.t('calculators.chart.completed'), value: num(c.inputs, 'completed') },
      ],
      c,
    ),
  conversionRate: (c) =>
    funnel(
      c.t('calculators.chart.funnel'),
      [
        { name: c.t('calculators.chart.visitors'), value: num(c.inputs, 'visitors') },
        { name: c.t('calculators.chart.converted'), value: num(c.inputs, 'conversions') },
      ],
      c,
    ),
  retentionRatePeriod: (c) => {
    const retained = num(c.inputs, 'endCustomers') - num(c.inputs, 'newCustomers');
    return retainedVsLost(retained, num(c.inputs, 'startCustomers') - retained, c);
  },
  retentionRateCohort: (c) => retainedVsLost(num(c.inputs, 'retained'), num(c.inputs, 'cohortSize') - num(c.inputs, 'retained'), c),
  churnRate: (c) => retainedVsLost(num(c.inputs, 'startCustomers') - num(c.inputs, 'lostCustomers'), num(c.inputs, 'lostCustomers'), c),
  ltvCacRatio: (c) => ({
    kind: 'bar',
    props: {
      title: c.t('calculators.chart.ltvCac'),
      categoryLabel: c.t('calculators.chart.metric'),
      categories: ['LTV', 'CAC'],
      series: [{ name: c.t('calculators.chart.amount'), values: [num(c.inputs, 'ltv'), num(c.inputs, 'cac')] }],
      formatValue: (value) => formatKpiValue(value, 'currency', c.locale, c.t),
      formatAxis: (value) => formatNumber(c.locale, value, 0),
    },
  }),
  percentChange: beforeAfter,
  improvementPct: beforeAfter,
  inventoryTurnover: inventoryCurve,
  daysInventoryOutstanding: inventoryCurve,
};

export function calculatorChart(id: KpiId, context: ChartContext): CalculatorChartSpec | null {
  return CHARTS[id]?.(context) ?? null;
}
