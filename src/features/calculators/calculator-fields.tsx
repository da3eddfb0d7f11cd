import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import type { KpiDefinition, KpiInputDef } from '../../kpi/index.ts';
import { type FieldValue, type FormValues, isStageList, offersPointDifference, RATES_FIELD } from './form-values.ts';
import { inputUnit } from './input-unit.ts';
import { StageListField } from './stage-list-field.tsx';
import { SwitchField } from './switch-field.tsx';
import { TextField } from './text-field.tsx';

interface CalculatorFieldsProps {
  idPrefix: string;
  definition: KpiDefinition;
  values: FormValues;
  onChange: (name: string, value: FieldValue) => void;
  /** The input the current validation message belongs to, and the message. */
  error: { field: string; message: string } | null;
}

/** Every input of one KPI, each as the kind of field its type calls for. */
export function CalculatorFields({ idPrefix, definition, values, onChange, error }: CalculatorFieldsProps) {
  const { t, locale } = useT(calculatorMessages);
  const field = (input: KpiInputDef) => {
    const id = `${idPrefix}-${input.name}`;
    const value = values[input.name];
    const message = error?.field === input.name ? error.message : null;
    const label = input.label[locale];
    if (input.type === 'boolean') {
      return <SwitchField key={input.name} id={id} label={label} checked={value === true} onChange={(v) => onChange(input.name, v)} error={message} />;
    }
    if (isStageList(definition, input)) {
      const stages = Array.isArray(value) ? value : [];
      return <StageListField key={input.name} id={id} label={label} stages={stages} onChange={(v) => onChange(input.name, v)} error={message} />;
    }
    return (
      <TextField
        key={input.name}
        id={id}
        label={label}
        unit={inputUnit(input.unit, t)}
        value={typeof value === 'string' ? value : ''}
        onChange={(v) => onChange(input.name, v)}
        error={message}
        inputMode={input.type === 'label' ? 'text' : 'decimal'}
        hint={input.type === 'numberList' ? t('calculators.listHint') : undefined}
        optional={input.optional}
      />
    );
  };
  return (
    <fieldset className="calc-fields">
      <legend className="visually-hidden">{t('calculators.inputs')}</legend>
      {definition.inputs.map(field)}
      {offersPointDifference(definition) ? (
        <SwitchField
          id={`${idPrefix}-${RATES_FIELD}`}
          label={t('calculators.valuesAreRates')}
          checked={values[RATES_FIELD] === true}
          onChange={(v) => onChange(RATES_FIELD, v)}
        />
      ) : null}
    </fieldset>
  );
}
