import { useId, useRef, useState, type FormEvent } from 'react';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import type { Enrolled } from './enroll.ts';
import type { JoinFailure } from './join-api.ts';
import { TextField } from '../../ui/text-field.tsx';
import { JOIN_FIELDS, validateJoin, type JoinDraft, type JoinErrors, type JoinField as Field } from './join-validation.ts';
import { useJoin } from './use-join.ts';

const FIELDS: Record<Field, { label: KeyOf<typeof joinMessages>; autoComplete: string; hint?: KeyOf<typeof joinMessages>; required?: boolean }> = {
  code: { label: 'join.code', autoComplete: 'off', hint: 'join.codeHint', required: true },
  displayName: { label: 'join.name', autoComplete: 'name', hint: 'join.nameHint', required: true },
  employeeId: { label: 'join.employeeId', autoComplete: 'off' },
  team: { label: 'join.team', autoComplete: 'organization-title' },
  email: { label: 'join.email', autoComplete: 'email', hint: 'join.emailHint' },
};

const FAILURES: Record<JoinFailure, KeyOf<typeof joinMessages>> = {
  notFound: 'join.fail.notFound',
  rateLimited: 'join.fail.rateLimited',
  offline: 'join.fail.offline',
  employeeIdTaken: 'join.fail.employeeIdTaken',
  invalid: 'join.fail.invalid',
  server: 'join.fail.server',
  archived: 'join.fail.archived',
  storage: 'join.fail.storage',
};

/** The join form: the enrollment code from the link, the learner's name and optional details. */
export function JoinForm({ code, onJoined }: { code: string; onJoined: (joined: Enrolled) => void }) {
  const { t } = useT(joinMessages);
  const profile = useProgressStore((s) => s.profile);
  const [draft, setDraft] = useState<JoinDraft>(() => ({
    code,
    displayName: profile?.displayName ?? '',
    employeeId: profile?.employeeId ?? '',
    team: profile?.team ?? '',
    email: '',
  }));
  const [errors, setErrors] = useState<JoinErrors>({});
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const idPrefix = useId();
  const { state, join } = useJoin(onJoined);
  const joining = state.status === 'joining';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (joining) return;
    const result = validateJoin(draft);
    if (!result.ok) {
      setErrors(result.errors);
      const firstInvalid = JOIN_FIELDS.find((field) => result.errors[field]);
      if (firstInvalid) inputs.current[firstInvalid]?.focus();
      return;
    }
    setErrors({});
    void join(result.request);
  };

  return (
    <form className="join-form" noValidate onSubmit={onSubmit} aria-busy={joining}>
      {JOIN_FIELDS.map((field) => {
        const spec = FIELDS[field];
        const error = errors[field];
        return (
          <TextField
            key={field}
            look="join"
            id={`${idPrefix}-${field}`}
            label={spec.required ? t(spec.label) : t('join.optional', { label: t(spec.label) })}
            hint={spec.hint ? t(spec.hint) : undefined}
            required={spec.required}
            autoComplete={spec.autoComplete}
            spellCheck={field === 'code' ? false : undefined}
            value={draft[field]}
            onChange={(value) => setDraft((current) => ({ ...current, [field]: value }))}
            error={error ? t(error.key, error.params) : null}
            inputRef={(element) => {
              inputs.current[field] = element;
            }}
          />
        );
      })}
      <div className="join-actions">
        <button type="submit" className="button-primary" aria-disabled={joining || undefined}>
          {joining ? t('join.submitting') : t('join.submit')}
        </button>
      </div>
      <p role="alert" className="join-failure">
        {state.status === 'failed' ? t(FAILURES[state.failure]) : null}
      </p>
    </form>
  );
}
