import '../../i18n/messages/calculators-register.ts';
import { Link } from 'react-router-dom';
import type { CalculatorBlock } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { getKpiDefinition, type KpiDefinition } from '../../kpi/index.ts';
import { usePresentedState } from '../../ui/presentation-sync.tsx';
import { Calculator } from './calculator.tsx';
import { type FormValues, initialFormValues, isFormValuesFor } from './form-values.ts';
import { queryFromFormValues } from './query-codec.ts';

/**
 * A `::calculator` block in a chapter, starting from the chapter's preset values. In a
 * presentation the inputs typed in one window show in the others.
 */
export function CalculatorBlockView({ block }: { block: CalculatorBlock }) {
  const { t } = useT();
  const definition = getKpiDefinition(block.kind);
  if (!definition) {
    return (
      <p className="block-pending" role="note">
        {t('calculators.unavailable')}
      </p>
    );
  }
  return <PresetCalculator definition={definition} presets={block.presets} />;
}

function PresetCalculator({ definition, presets }: { definition: KpiDefinition; presets: CalculatorBlock['presets'] }) {
  const { t } = useT();
  const [values, setValues] = usePresentedState(
    `calculator-${definition.id}`,
    () => initialFormValues(definition, presets),
    (state): state is FormValues => isFormValuesFor(definition, state),
  );
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
