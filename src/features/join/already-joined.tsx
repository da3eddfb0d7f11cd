import { useId, useState } from 'react';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Enrollment } from '../../sync/enrollment.ts';
import type { Enrolled } from './enroll.ts';
import { JoinForm } from './join-form.tsx';
import { JoinedPanel } from './joined-panel.tsx';

interface AlreadyJoinedProps {
  enrollment: Enrollment;
  code: string;
  onJoined: (joined: Enrolled) => void;
}

/** A browser that has joined before: its cohort first; joining another one is a deliberate step. */
export function AlreadyJoined({ enrollment, code, onJoined }: AlreadyJoinedProps) {
  const { t } = useT(joinMessages);
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <>
      <JoinedPanel enrollment={enrollment} />
      <div className="join-other">
        <button type="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((value) => !value)}>
          {t('join.done.other')}
        </button>
        <div id={formId} hidden={!open}>
          <p>{t('join.done.otherHint')}</p>
          {open ? <JoinForm code={code} onJoined={onJoined} /> : null}
        </div>
      </div>
    </>
  );
}
