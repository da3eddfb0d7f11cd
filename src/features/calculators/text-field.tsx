import { FieldError } from './field-error.tsx';
import { FieldLabel } from './field-label.tsx';

interface TextFieldProps {
  id: string;
  label: string;
  unit: string | null;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  /** `decimal` brings up a number keyboard yet still accepts "1,000" or "25%". */
  inputMode: 'decimal' | 'text';
  hint?: string;
  optional?: boolean;
}

/** One labelled input with its unit, an optional hint and its inline validation message. */
export function TextField({ id, label, unit, value, onChange, error, inputMode, hint, optional }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="calc-field">
      <FieldLabel htmlFor={id} label={label} unit={unit} optional={optional} />
      <div className="calc-input-row">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {unit ? (
          <span className="calc-unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="calc-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
