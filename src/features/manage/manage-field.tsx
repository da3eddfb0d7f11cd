import type { Ref } from 'react';

interface ManageFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its validation message (always present, so it is announced when it changes). */
export function ManageField({ id, label, value, onChange, error, type = 'text', autoComplete, required = false, inputRef }: ManageFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="manage-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <p id={errorId} className="manage-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
