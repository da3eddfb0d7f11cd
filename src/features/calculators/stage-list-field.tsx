import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { FieldError } from './field-error.tsx';
import { FieldLabel } from './field-label.tsx';

interface StageListFieldProps {
  id: string;
  label: string;
  stages: string[];
  onChange: (stages: string[]) => void;
  error: string | null;
}

const MIN_STAGES = 2;

/** Funnel stages, one field each, with buttons to add a stage at the end or remove one. */
export function StageListField({ id, label, stages, onChange, error }: StageListFieldProps) {
  const { t } = useT(calculatorMessages);
  const errorId = `${id}-error`;
  const update = (index: number, text: string) => onChange(stages.map((stage, i) => (i === index ? text : stage)));
  return (
    <fieldset className="calc-field calc-stages" aria-describedby={error ? errorId : undefined}>
      <FieldLabel label={label} unit={null} />
      <ol className="calc-stage-list">
        {stages.map((stage, index) => (
          <li key={index} className="calc-stage">
            <label htmlFor={`${id}-${index}`}>{t('calculators.stage', { n: index + 1 })}</label>
            <input
              id={`${id}-${index}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={stage}
              onChange={(event) => update(index, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            <button
              type="button"
              className="calc-stage-remove"
              onClick={() => onChange(stages.filter((_, i) => i !== index))}
              disabled={stages.length <= MIN_STAGES}
              aria-label={t('calculators.removeStage', { n: index + 1 })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...stages, ''])}>
        {t('calculators.addStage')}
      </button>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
