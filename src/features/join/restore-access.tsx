import type { KeyOf } from '../../i18n/define-messages.ts';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Enrollment } from '../../sync/enrollment.ts';
import { JoinedPanel } from './joined-panel.tsx';
import { useRestoreAccess, type RestoreState } from './use-restore-access.ts';

type Reason = Extract<RestoreState, { status: 'failed' }>['reason'];

const REASONS: Record<Reason, KeyOf<typeof joinMessages>> = {
  broken: 'join.restore.broken',
  refused: 'join.restore.refused',
  offline: 'join.fail.offline',
  storage: 'join.fail.storage',
};

/** The page's body for a sign-in link from the manager: checking it, then the joined panel or why not. */
export function RestoreAccess({ access }: { access: Enrollment | 'broken' }) {
  const { t } = useT(joinMessages);
  const { state, retry } = useRestoreAccess(access);
  if (state.status === 'done') return <JoinedPanel enrollment={state.joined.enrollment} restored={state.joined.restored} focus />;
  if (state.status === 'working') {
    return (
      <p className="status" role="status">
        {t('join.restore.working')}
      </p>
    );
  }
  return (
    <div className="join-panel">
      <p role="alert" className="join-failure">
        {t(REASONS[state.reason])}
      </p>
      {state.reason === 'offline' ? (
        <button type="button" onClick={retry}>
          {t('join.restore.retry')}
        </button>
      ) : null}
    </div>
  );
}
