import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { course } from '../../course/course.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import {
  exportProgressCsv,
  exportProgressJson,
  importProgressJson,
  type ImportError,
} from '../../progress/progress-transfer.ts';
import { datedFileName, downloadText } from './download.ts';

const FILE_STEM = 'courseware-progress';
const IMPORT_ALLOWED = import.meta.env.MODE !== 'scorm';

const IMPORT_ERRORS: Record<ImportError, KeyOf<typeof progressMessages>> = {
  'not-json': 'progress.transfer.notJson',
  'not-a-progress-file': 'progress.transfer.notProgress',
  'newer-version': 'progress.transfer.newer',
  'invalid-progress': 'progress.transfer.invalid',
};

function exportJson(): void {
  const file = exportProgressJson(useProgressStore.getState());
  downloadText(datedFileName(FILE_STEM, 'json'), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
}

function exportCsv(): void {
  downloadText(datedFileName(FILE_STEM, 'csv'), exportProgressCsv(useProgressStore.getState(), course), 'text/csv');
}

/** Downloads of the progress as JSON or CSV, and import of a JSON export, merged into what is here. */
export function TransferSection() {
  const { t } = useT(progressMessages);
  const inputId = useId();
  const [result, setResult] = useState<{ ok: boolean; message: KeyOf<typeof progressMessages> } | null>(null);
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();

  // The storage notice links here (`/progress#transfer`) when the learner should export.
  useEffect(() => {
    if (hash === '#transfer') section.current?.scrollIntoView();
  }, [hash]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ ok: false, message: 'progress.transfer.unreadable' });
      return;
    } finally {
      // Choosing the same file again must fire `change` again.
      input.value = '';
    }
    const outcome = importProgressJson(text);
    setResult(outcome.ok ? { ok: true, message: 'progress.transfer.imported' } : { ok: false, message: IMPORT_ERRORS[outcome.error] });
  };

  return (
    <section id="transfer" ref={section} className="progress-panel progress-transfer" aria-labelledby="progress-transfer-heading">
      <h2 id="progress-transfer-heading">{t('progress.transfer.heading')}</h2>
      <p>{t('progress.transfer.intro')}</p>
      <div className="progress-transfer-actions">
        <button type="button" onClick={exportJson}>
          {t('progress.transfer.json')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('progress.transfer.csv')}
        </button>
        {/* Inside an LMS package the LMS keeps the record: a file must not feed it. */}
        {IMPORT_ALLOWED ? (
          <span className="progress-file">
            <input id={inputId} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
            <label htmlFor={inputId}>{t('progress.transfer.import')}</label>
          </span>
        ) : null}
      </div>
      <p role="status" className={result?.ok === false ? 'progress-transfer-result is-error' : 'progress-transfer-result'}>
        {result ? t(result.message) : ''}
      </p>
    </section>
  );
}
