import { useId, useState } from 'react';
import { STALL_DAYS_DEFAULT, STALL_DAYS_MAX } from '../../protocol/constants.ts';
import type { BehindList } from '../../protocol/reminders.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { BehindTable } from './behind-table.tsx';
import { CohortFrame } from './cohort-frame.tsx';
import { LoadState } from './load-state.tsx';
import { loadBehind } from './manager-api.ts';
import { ReminderForm } from './reminder-form.tsx';
import type { Cohort } from './types.ts';
import { usePolledData } from './use-polled-data.ts';

function parseDays(text: string): number | null {
  const days = Number(text);
  return /^\d+$/.test(text.trim()) && days >= 1 && days <= STALL_DAYS_MAX ? days : null;
}

function BehindView({ cohort }: { cohort: Cohort }) {
  const { t } = useT(manageMessages, manageToolMessages);
  const id = useId();
  const [text, setText] = useState(String(STALL_DAYS_DEFAULT));
  const [days, setDays] = useState(STALL_DAYS_DEFAULT);
  const valid = parseDays(text);
  const loaded = usePolledData(`behind/${cohort.id}/${days}`, () => loadBehind(cohort.id, days));
  const list: BehindList | null = loaded.data;
  const errorId = `${id}-days-error`;
  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('tools.behind.title')}</h3>
      <p>{t('tools.behind.intro')}</p>
      <form
        className="manage-form manage-form-row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (valid !== null) setDays(valid);
        }}
      >
        <div className="manage-field">
          <label htmlFor={`${id}-days`}>{t('tools.behind.days')}</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={STALL_DAYS_MAX}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              const next = parseDays(event.target.value);
              if (next !== null) setDays(next);
            }}
            aria-invalid={valid === null || undefined}
            aria-describedby={valid === null ? errorId : undefined}
          />
          <p id={errorId} className="manage-error" aria-live="polite">
            {valid === null ? t('tools.behind.daysInvalid') : null}
          </p>
        </div>
      </form>
      {list === null ? (
        <LoadState error={loaded.error} missing={t('manage.cohort.notFound')} onRetry={loaded.refresh} />
      ) : list.learners.length === 0 ? (
        <p role="status">{t('tools.behind.none')}</p>
      ) : (
        <>
          <BehindTable list={list} />
          <ReminderForm cohort={cohort} list={list} onSent={loaded.refresh} />
        </>
      )}
    </section>
  );
}

/** `/manage/cohorts/:cohortId/behind`: overdue and stalled learners, and a reminder for them. */
export function BehindPage() {
  return <CohortFrame>{(cohort) => <BehindView cohort={cohort} />}</CohortFrame>;
}
