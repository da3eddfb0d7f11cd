import { FieldError } from './field-error.tsx';

interface SwitchFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
}

/** A yes/no input as a checkbox with its label beside it. */
export function SwitchField({ id, label, checked, onChange, error = null }: SwitchFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="calc-field calc-switch">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
