import { useId, useMemo } from 'react';
import type { CalculatorBlock } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { computeKpi, getKpiDefinition, type KpiDefinition } from '../../kpi/index.ts';
import { CalculatorFields } from './calculator-fields.tsx';
import { CalculatorUnavailable } from './calculator-unavailable.tsx';
import { CalculatorResult } from './calculator-result.tsx';
import { type FieldValue, parseFormValues } from './form-values.ts';
import { usePresetValues } from './use-preset-values.ts';
import './calculators.css';
import './calculator-face.css';

/**
 * A calculator projected on the slide canvas: its inputs and live result in large type. The
 * presenter changes a number and the room sees the result move; every window of the
 * presentation shows the same values (the same shared state as the lesson's full form).
 */
export function CalculatorFaceView({ block }: { block: CalculatorBlock }) {
  const definition = getKpiDefinition(block.kind);
  if (!definition) return <CalculatorUnavailable />;
  return <FaceCalculator definition={definition} presets={block.presets} />;
}

function FaceCalculator({ definition, presets }: { definition: KpiDefinition; presets: CalculatorBlock['presets'] }) {
  const { locale } = useT();
  const id = useId();
  const [values, setValues] = usePresetValues(definition, presets);
  const inputs = useMemo(() => parseFormValues(definition, values), [definition, values]);
  const result = useMemo(() => computeKpi(definition.id, inputs), [definition, inputs]);
  const error = !result.ok && result.field ? { field: result.field, message: result.message[locale] } : null;
  const change = (name: string, value: FieldValue) => setValues({ ...values, [name]: value });
  return (
    <section className="calculator calculator-face" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="calculator-face-title">
        {definition.name[locale]}
      </h3>
      <CalculatorFields idPrefix={id} definition={definition} values={values} onChange={change} error={error} />
      <CalculatorResult id={id} result={result} notes={[]} />
    </section>
  );
}
