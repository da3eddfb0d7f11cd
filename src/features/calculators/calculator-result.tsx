import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import type { KpiResult } from '../../kpi/index.ts';
import { formatKpiValue } from './format.ts';

interface CalculatorResultProps {
  id: string;
  result: KpiResult;
  /** Extra sentences for a valid result. */
  notes: readonly string[];
}

/**
 * The live result. A message that belongs to one input is shown beside that input; here the
 * learner only learns to fix it. A message about the inputs as a whole is shown here.
 */
export function CalculatorResult({ id, result, notes }: CalculatorResultProps) {
  const { t, locale } = useT(calculatorMessages);
  let content: string;
  if (result.ok) content = formatKpiValue(result.value, result.unit, locale, t);
  else if (result.field) content = t('calculators.fixField');
  else content = result.message[locale];
  return (
    <div className="calc-result">
      <p className="calc-result-label" id={`${id}-label`}>
        {t('calculators.result')}
      </p>
      <output
        className={result.ok ? 'calc-result-value' : 'calc-result-problem'}
        aria-labelledby={`${id}-label`}
        aria-live="polite"
      >
        {content}
      </output>
      {result.ok
        ? notes.map((note) => (
            <p key={note} className="calc-note">
              {note}
            </p>
          ))
        : null}
    </div>
  );
}
