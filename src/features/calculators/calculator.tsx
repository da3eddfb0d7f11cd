import { useId, useMemo, useState, type ReactNode } from 'react';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { computeKpi, type KpiDefinition } from '../../kpi/index.ts';
import { CalculatorChart } from './calculator-chart.tsx';
import { CalculatorFields } from './calculator-fields.tsx';
import { CalculatorFormula } from './calculator-formula.tsx';
import { CalculatorResult } from './calculator-result.tsx';
import { type FieldValue, type FormValues, parseFormValues } from './form-values.ts';
import { resultNotes } from './result-notes.ts';
import './calculators.css';

interface CalculatorProps {
  definition: KpiDefinition;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** Restores the starting values (the chapter's presets or the shared address). */
  onReset: () => void;
  /** The heading level that fits where the calculator sits: a page of its own or a lesson. */
  headingLevel: 'h1' | 'h3';
  /** A line above the title saying what kind of block this is. */
  kicker?: string;
  description?: string;
  /** Extra actions beside the reset button. */
  actions?: ReactNode;
}

/** One KPI calculator: inputs, live result, the formula with the learner's numbers, a chart. */
export function Calculator({ definition, values, onChange, onReset, headingLevel: Heading, kicker, description, actions }: CalculatorProps) {
  const { t, locale } = useT(calculatorMessages);
  const id = useId();
  const inputs = useMemo(() => parseFormValues(definition, values), [definition, values]);
  const result = useMemo(() => computeKpi(definition.id, inputs), [definition, inputs]);
  // While an input is invalid the chart keeps its room (no jump) but not its old numbers, which
  // no longer match the inputs: it is hidden behind a line saying it waits for valid input.
  const [chartInputs, setChartInputs] = useState(result.ok ? inputs : null);
  if (result.ok && chartInputs !== inputs) setChartInputs(inputs);

  const error = !result.ok && result.field ? { field: result.field, message: result.message[locale] } : null;
  const notes = result.ok ? resultNotes({ definition, inputs, values, t, locale }) : [];
  const change = (name: string, value: FieldValue) => onChange({ ...values, [name]: value });

  return (
    <section className="calculator" aria-labelledby={`${id}-title`}>
      <header className="calc-heading">
        {kicker ? <p className="calc-kind">{kicker}</p> : null}
        <Heading id={`${id}-title`}>{definition.name[locale]}</Heading>
        {description ? <p className="calc-description">{description}</p> : null}
      </header>
      <div className="calc-body">
        <CalculatorFields idPrefix={id} definition={definition} values={values} onChange={change} error={error} />
        <div className="calc-outcome">
          <CalculatorResult id={id} result={result} notes={notes} />
          <CalculatorFormula definition={definition} inputs={inputs} />
        </div>
      </div>
      {chartInputs ? (
        <div className={result.ok ? 'calc-chart' : 'calc-chart calc-chart-stale'}>
          {result.ok ? null : <p className="calc-chart-waiting">{t('calculators.chart.waiting')}</p>}
          <div className="calc-chart-drawing" inert={!result.ok} aria-hidden={!result.ok || undefined}>
            <CalculatorChart kpiId={definition.id} inputs={chartInputs} values={values} />
          </div>
        </div>
      ) : null}
      <div className="calc-actions">
        <button type="button" onClick={onReset}>
          {t('calculators.reset')}
        </button>
        {actions}
      </div>
    </section>
  );
}
