import { Link } from 'react-router-dom';
import type { CalculatorBlock } from '../../content/types.ts';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { blockMessages } from '../../i18n/messages/blocks.ts';
import { useT } from '../../i18n/use-t.ts';
import { getKpiDefinition, type KpiDefinition } from '../../kpi/index.ts';
import { Calculator } from './calculator.tsx';
import { CalculatorUnavailable } from './calculator-unavailable.tsx';
import { initialFormValues } from './form-values.ts';
import { queryFromFormValues } from './query-codec.ts';
import { usePresetValues } from './use-preset-values.ts';

/**
 * A `::calculator` block in a chapter, starting from the chapter's preset values. In a
 * presentation the inputs typed in one window show in the others.
 */
export function CalculatorBlockView({ block }: { block: CalculatorBlock }) {
  const definition = getKpiDefinition(block.kind);
  if (!definition) return <CalculatorUnavailable />;
  return <PresetCalculator definition={definition} presets={block.presets} />;
}

function PresetCalculator({ definition, presets }: { definition: KpiDefinition; presets: CalculatorBlock['presets'] }) {
  const { t } = useT(blockMessages, calculatorMessages);
  const [values, setValues] = usePresetValues(definition, presets);
  const toolboxLink = `/calculators/${definition.id}?${queryFromFormValues(definition, values).toString()}`;
  return (
    <Calculator
      definition={definition}
      values={values}
      onChange={setValues}
      onReset={() => setValues(initialFormValues(definition, presets))}
      headingLevel="h3"
      kicker={t('block.calculator')}
      actions={<Link to={toolboxLink}>{t('calculators.openInToolbox')}</Link>}
    />
  );
}
