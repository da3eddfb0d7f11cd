import type { Ref } from 'react';

interface TextFieldProps {
  id: string;
  /** The label as shown (a form marks optional fields in its own words). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
  required?: boolean;
  autoComplete: string;
  inputRef: Ref<HTMLInputElement>;
  spellCheck?: boolean;
  /** Class names are `<look>-field`, `<look>-hint` and `<look>-error`, styled by the form's feature. */
  look: string;
}

/** One labelled text input with its hint and its validation message (always present, so it is announced). */
export function TextField({ id, label, value, onChange, error, hint, required = false, autoComplete, inputRef, spellCheck, look }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`${look}-field`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className={`${look}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={value}
        required={required}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <p id={errorId} className={`${look}-error`} aria-live="polite">
        {error}
      </p>
    </div>
  );
}
