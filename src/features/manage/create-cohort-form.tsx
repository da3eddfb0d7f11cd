import { useId, useRef, useState, type FormEvent } from 'react';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { COHORT_NAME_MAX } from '../../protocol/constants.ts';
import { CohortInvite } from './cohort-invite.tsx';
import { dueDateProblem } from './due-date.ts';
import { ManageField } from './manage-field.tsx';
import { createCohort } from './manager-api.ts';
import { useSession } from './session-context.ts';
import type { Cohort } from './types.ts';

function validate(name: string, dueDate: string): { name?: KeyOf<typeof manageMessages | typeof manageToolMessages>; dueDate?: KeyOf<typeof manageMessages | typeof manageToolMessages> } {
  const errors: { name?: KeyOf<typeof manageMessages | typeof manageToolMessages>; dueDate?: KeyOf<typeof manageMessages | typeof manageToolMessages> } = {};
  if (name.trim() === '') errors.name = 'manage.create.nameRequired';
  else if ([...name.trim()].length > COHORT_NAME_MAX) errors.name = 'manage.create.nameTooLong';
  const due = dueDateProblem(dueDate);
  if (due !== null) errors.dueDate = due;
  return errors;
}

/** Name and optional due date; a new cohort shows its enrollment code and join link at once. */
export function CreateCohortForm({ onCreated }: { onCreated: (cohort: Cohort) => void }) {
  const { t } = useT(manageMessages, manageToolMessages);
  const { expire } = useSession();
  const id = useId();
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});
  const [failure, setFailure] = useState<KeyOf<typeof manageMessages | typeof manageToolMessages> | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Cohort | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const dueInput = useRef<HTMLInputElement>(null);
  const doneHeading = useRef<HTMLParagraphElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate(name, dueDate);
    setErrors(found);
    if (found.name || found.dueDate) return (found.name ? nameInput : dueInput).current?.focus();
    setBusy(true);
    setFailure(null);
    const result = await createCohort({ name: name.trim(), dueDate: dueDate || null });
    setBusy(false);
    if (!result.ok) {
      if (result.error.status === 401) return expire();
      if (result.error.code === 'due_date_past') {
        setErrors({ dueDate: 'tools.due.pastServer' });
        return dueInput.current?.focus();
      }
      setFailure(result.error.status === 0 ? 'manage.error.offline' : result.error.status === 400 ? 'manage.create.failed' : 'manage.error.server');
      return;
    }
    setCreated(result.data.cohort);
    setName('');
    setDueDate('');
    onCreated(result.data.cohort);
    requestAnimationFrame(() => doneHeading.current?.focus());
  };

  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage.create.title')}</h2>
      <form className="manage-form manage-form-row" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <ManageField
          id={`${id}-name`}
          label={t('manage.create.name')}
          autoComplete="off"
          required
          value={name}
          onChange={setName}
          error={errors.name ? t(errors.name, { max: COHORT_NAME_MAX }) : null}
          inputRef={nameInput}
        />
        <ManageField
          id={`${id}-due`}
          label={t('manage.create.due')}
          type="date"
          autoComplete="off"
          value={dueDate}
          onChange={setDueDate}
          error={errors.dueDate ? t(errors.dueDate) : null}
          inputRef={dueInput}
        />
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? t('manage.create.submitting') : t('manage.create.submit')}
        </button>
      </form>
      <p role="alert" className="manage-failure">
        {failure ? t(failure) : null}
      </p>
      {created ? (
        <div className="manage-created">
          <p ref={doneHeading} tabIndex={-1}>
            {t('manage.create.done', { name: created.name })}
          </p>
          <CohortInvite cohort={created} />
        </div>
      ) : null}
    </section>
  );
}
