import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { type KpiDefinition, substituteFormula } from '../../kpi/index.ts';
import { formatNumber } from './format.ts';
import { formulaInUse } from './formula-branch.ts';

interface CalculatorFormulaProps {
  definition: KpiDefinition;
  inputs: Record<string, unknown>;
}

/** The formula with the learner's own numbers in it (in the form their switches select), so the arithmetic can be followed. */
export function CalculatorFormula({ definition, inputs }: CalculatorFormulaProps) {
  const { t, locale } = useT(calculatorMessages);
  const inUse = { ...definition, formula: { ...definition.formula, [locale]: formulaInUse(definition, locale, inputs) } };
  const text = substituteFormula(inUse, locale, inputs, (value) => formatNumber(locale, value, 4));
  return (
    <div className="calc-formula">
      <p className="calc-formula-label">{t('calculators.formula')}</p>
      <p className="calc-formula-text">{text}</p>
    </div>
  );
}
