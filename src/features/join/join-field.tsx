import '../../i18n/messages/join-register.ts';
import type { Ref } from 'react';
import { useT } from '../../i18n/use-t.ts';

interface JoinFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
  required?: boolean;
  autoComplete: string;
  inputRef: Ref<HTMLInputElement>;
  spellCheck?: boolean;
}

/** One labelled text input with its hint and its validation message (always present, so it is announced). */
export function JoinField({ id, label, value, onChange, error, hint, required = false, autoComplete, inputRef, spellCheck }: JoinFieldProps) {
  const { t } = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="join-field">
      <label htmlFor={id}>{required ? label : t('join.optional', { label })}</label>
      {hint ? (
        <p id={hintId} className="join-hint">
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
      <p id={errorId} className="join-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
