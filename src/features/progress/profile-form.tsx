import { useId, useRef, useState, type FormEvent } from 'react';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { TextField } from '../../ui/text-field.tsx';
import {
  PROFILE_FIELDS,
  profileDraft,
  validateProfile,
  type ProfileDraft,
  type ProfileErrors,
  type ProfileField as Field,
} from './profile-validation.ts';

const FIELDS: Record<Field, { label: KeyOf<typeof progressMessages>; autoComplete: string; hint?: KeyOf<typeof progressMessages>; required?: boolean }> = {
  displayName: { label: 'progress.profile.name', autoComplete: 'name', hint: 'progress.profile.nameHint', required: true },
  employeeId: { label: 'progress.profile.employeeId', autoComplete: 'off' },
  team: { label: 'progress.profile.team', autoComplete: 'organization-title' },
};

/** The learner's name, employee id and team; checked on save, then stored with `setProfile`. */
export function ProfileForm() {
  const { t } = useT(progressMessages);
  const profile = useProgressStore((s) => s.profile);
  const setProfile = useProgressStore((s) => s.setProfile);
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraft(profile));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saved, setSaved] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const idPrefix = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateProfile(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setSaved(false);
      const firstInvalid = PROFILE_FIELDS.find((field) => result.errors[field]);
      if (firstInvalid) inputs.current[firstInvalid]?.focus();
      return;
    }
    setErrors({});
    setProfile(result.profile);
    setSaved(true);
  };

  const change = (field: Field, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  return (
    <form className="profile-form" noValidate onSubmit={onSubmit}>
      {PROFILE_FIELDS.map((field) => {
        const spec = FIELDS[field];
        const error = errors[field];
        return (
          <TextField
            key={field}
            look="profile"
            id={`${idPrefix}-${field}`}
            label={spec.required ? t(spec.label) : t('progress.profile.optional', { label: t(spec.label) })}
            hint={spec.hint ? t(spec.hint) : undefined}
            required={spec.required}
            autoComplete={spec.autoComplete}
            value={draft[field]}
            onChange={(value) => change(field, value)}
            error={error ? t(error.key, error.params) : null}
            inputRef={(element) => {
              inputs.current[field] = element;
            }}
          />
        );
      })}
      <div className="profile-actions">
        <button type="submit" className="progress-primary">
          {t('progress.profile.save')}
        </button>
        <p role="status" className="profile-saved">
          {saved ? t('progress.profile.saved') : ''}
        </p>
      </div>
    </form>
  );
}
