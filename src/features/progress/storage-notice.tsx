import { Link } from 'react-router-dom';
import { storageMessages } from '../../i18n/messages/storage.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';
import type { StorageIssue } from '../../progress/progress-data.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { datedFileName, downloadText } from './download.ts';
import './storage-notice.css';

/** What happened, then what became of the data already saved. */
function describe(issue: StorageIssue, t: Translate<KeyOf<typeof storageMessages>>): [string, string] {
  const { backupKey } = issue;
  switch (issue.kind) {
    case 'recovered-corrupt':
      return backupKey
        ? [t('progress.issue.corrupt', { backupKey }), t('progress.issue.backupHelp')]
        : [t('progress.issue.corruptNoBackup'), t('progress.issue.kept')];
    case 'foreign-version':
      return backupKey
        ? [t('progress.issue.foreignBackup', { backupKey }), t('progress.issue.backupHelp')]
        : [t('progress.issue.foreign'), t('progress.issue.kept')];
    case 'quota':
      return [t('progress.issue.quota'), t('progress.issue.kept')];
  }
}

function downloadBackup(backupKey: string): void {
  const raw = localStorage.getItem(backupKey);
  if (raw !== null) downloadText(datedFileName('courseware-progress-backup', 'json'), raw, 'application/json');
}

/**
 * Shown above every page while the progress store reports a storage problem: what happened, that
 * nothing saved was thrown away, and the way to keep or recover the data.
 */
export function StorageNotice() {
  const { t } = useT(storageMessages);
  const issue = useProgressStore((s) => s.storageIssue);
  const dismiss = useProgressStore((s) => s.dismissStorageIssue);
  if (issue === null) return null;
  const [what, data] = describe(issue, t);
  const { backupKey } = issue;
  return (
    <div className="storage-notice" role="alert">
      <p className="storage-notice-title">{t('progress.issue.title')}</p>
      <p>{what}</p>
      <p>{data}</p>
      <div className="storage-notice-actions">
        {backupKey ? (
          <button type="button" onClick={() => downloadBackup(backupKey)}>
            {t('progress.issue.downloadBackup')}
          </button>
        ) : null}
        {issue.kind === 'foreign-version' ? (
          <button type="button" onClick={() => window.location.reload()}>
            {t('progress.issue.reload')}
          </button>
        ) : null}
        <Link to="/progress#transfer">{t('progress.issue.toProgress')}</Link>
        <button type="button" onClick={dismiss}>
          {t('progress.issue.dismiss')}
        </button>
      </div>
    </div>
  );
}
