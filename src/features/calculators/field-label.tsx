import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';

interface FieldLabelProps {
  htmlFor?: string;
  label: string;
  unit: string | null;
  optional?: boolean;
}

/** A field's label; the unit is spoken with it unless the label already names it. */
export function FieldLabel({ htmlFor, label, unit, optional = false }: FieldLabelProps) {
  const { t } = useT(calculatorMessages);
  const content = (
    <>
      {label}
      {unit && !label.includes(unit) ? <span className="visually-hidden"> ({unit})</span> : null}
      {optional ? <span className="calc-optional"> {t('calculators.optional')}</span> : null}
    </>
  );
  return htmlFor ? (
    <label htmlFor={htmlFor} className="calc-label">
      {content}
    </label>
  ) : (
    <legend className="calc-label">{content}</legend>
  );
}
