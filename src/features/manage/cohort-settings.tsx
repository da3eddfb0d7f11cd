import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../http/api-client.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { COHORT_NAME_MAX } from '../../protocol/constants.ts';
import { CohortArchive } from './cohort-archive.tsx';
import { CohortFrame } from './cohort-frame.tsx';
import { dueDateProblem } from './due-date.ts';
import { ManageField } from './manage-field.tsx';
import { updateCohort } from './manager-api.ts';
import { useSession } from './session-context.ts';
import { failureReason } from './failure-reason.ts';
import type { Cohort } from './types.ts';

function EditCohortForm({ cohort, onSaved }: { cohort: Cohort; onSaved: () => void }) {
  const { t } = useT(manageMessages, manageToolMessages);
  const { expire } = useSession();
  const id = useId();
  const [name, setName] = useState(cohort.name);
  const [dueDate, setDueDate] = useState(cohort.dueDate ?? '');
  const [errors, setErrors] = useState<{ name?: string; dueDate?: string }>({});
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ApiError } | null>(null);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const dueInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    // An unchanged due date may stay even once it has passed.
    const dueChanged = dueDate !== (cohort.dueDate ?? '');
    const found = {
      name: trimmed === '' ? t('manage.create.nameRequired') : [...trimmed].length > COHORT_NAME_MAX ? t('manage.create.nameTooLong', { max: COHORT_NAME_MAX }) : undefined,
      dueDate: dueChanged ? (dueDateProblem(dueDate) === null ? undefined : t(dueDateProblem(dueDate)!)) : undefined,
    };
    setErrors(found);
    if (found.name || found.dueDate) return (found.name ? nameInput : dueInput).current?.focus();
    setBusy(true);
    setOutcome(null);
    const result = await updateCohort(cohort.id, { name: trimmed, ...(dueChanged ? { dueDate: dueDate || null } : {}) });
    setBusy(false);
    if (!result.ok && result.error.status === 401) return expire();
    setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
    if (result.ok) onSaved();
  };

  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('tools.settings.title')}</h3>
      <form className="manage-form manage-form-row" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <ManageField id={`${id}-name`} label={t('tools.settings.name')} autoComplete="off" required value={name} onChange={setName} error={errors.name ?? null} inputRef={nameInput} />
        <ManageField id={`${id}-due`} label={t('tools.settings.due')} type="date" autoComplete="off" value={dueDate} onChange={setDueDate} error={errors.dueDate ?? null} inputRef={dueInput} />
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? t('tools.settings.saving') : t('tools.settings.save')}
        </button>
      </form>
      <p role="status" className="manage-muted">
        {outcome?.ok ? t('tools.settings.saved') : null}
      </p>
      <p role="alert" className="manage-failure">
        {outcome !== null && !outcome.ok ? t('tools.settings.failed', { reason: failureReason(outcome.error, t) }) : null}
      </p>
    </section>
  );
}

/** `/manage/cohorts/:cohortId/settings`: rename, move the due date, archive or restore. */
export function CohortSettingsPage() {
  return (
    <CohortFrame>
      {(cohort, refresh) => (
        <>
          <EditCohortForm key={cohort.id} cohort={cohort} onSaved={refresh} />
          <CohortArchive cohort={cohort} onChanged={refresh} />
        </>
      )}
    </CohortFrame>
  );
}
