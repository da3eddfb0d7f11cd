import { useEffect, useId, useState } from 'react';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { ConfirmButton } from './confirm-button.tsx';
import { admitParticipant, listParticipants, removeParticipant, setAdmission } from './live-api.ts';
import type { Admission, ParticipantEntry, RoomCounts } from './live-types.ts';

interface ParticipantsProps {
  code: string;
  /** The room's counts from the presenter's stream: a change means the list changed. */
  counts: RoomCounts | null;
  busy: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

/**
 * Who is in the session: the presenter may ask newcomers to wait for approval, let in or turn away
 * those waiting, and remove anyone (asked twice). The list is fetched again whenever the counts
 * the stream reports change.
 */
export function LiveParticipants({ code, counts, busy, act }: ParticipantsProps) {
  const { t } = useT(liveMessages);
  const headingId = useId();
  const [admission, setAdmissionState] = useState<Admission>('open');
  const [people, setPeople] = useState<ParticipantEntry[]>([]);
  const [version, setVersion] = useState(0);
  const joined = counts?.joined ?? 0;
  const waitingCount = counts?.waiting ?? 0;

  useEffect(() => {
    let cancelled = false;
    listParticipants(code).then(
      (list) => {
        if (cancelled) return;
        setAdmissionState(list.admission);
        setPeople(list.participants);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [code, joined, waitingCount, version]);

  const refresh = () => setVersion((n) => n + 1);
  const waiting = people.filter((p) => !p.admitted);
  const admitted = people.filter((p) => p.admitted);

  return (
    <section className="live-people" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('live.people.title')}</h3>
      <label className="live-check">
        <input
          type="checkbox"
          checked={admission === 'approval'}
          disabled={busy}
          onChange={(event) => {
            const next: Admission = event.target.checked ? 'approval' : 'open';
            void act(async () => {
              const result = await setAdmission(code, next);
              setAdmissionState(result.admission);
              refresh();
            });
          }}
        />
        {t('live.people.approval')}
      </label>
      {waiting.length > 0 ? (
        <>
          <h4>{t('live.people.waiting', { count: waiting.length })}</h4>
          <ul className="live-people-list">
            {waiting.map((person) => (
              <li key={person.id}>
                <span className="live-person">{person.name}</span>
                <button type="button" disabled={busy} onClick={() => void act(() => admitParticipant(code, person.id).then(refresh))}>
                  {t('live.people.admit')}
                </button>
                <button type="button" disabled={busy} onClick={() => void act(() => removeParticipant(code, person.id).then(refresh))}>
                  {t('live.people.turnAway')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => Promise.all(waiting.map((person) => admitParticipant(code, person.id))).then(refresh))}
          >
            {t('live.people.admitAll')}
          </button>
        </>
      ) : null}
      <details className="live-people-details">
        <summary>{t('live.people.list', { count: admitted.length })}</summary>
        {admitted.length === 0 ? (
          <p className="live-hint">{t('live.people.none')}</p>
        ) : (
          <ul className="live-people-list">
            {admitted.map((person) => (
              <li key={person.id}>
                <span className="live-person">
                  {person.name}
                  {person.connected ? null : <span className="live-hint"> {t('live.people.offline')}</span>}
                </span>
                <ConfirmButton
                  label={t('live.people.remove')}
                  ariaLabel={t('live.people.removeNamed', { name: person.name })}
                  confirmLabel={t('live.people.confirmRemove', { name: person.name })}
                  cancelLabel={t('live.people.cancel')}
                  busy={busy}
                  act={act}
                  onConfirm={() => removeParticipant(code, person.id).then(refresh)}
                />
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
