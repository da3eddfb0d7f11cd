import { useState } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';

/** Copies `text` to the clipboard and says so (or says to copy by hand where the browser refuses). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useT(manageMessages);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <span className="manage-copy">
      <button type="button" onClick={() => void copy()}>
        {t('manage.copy', { what })}
      </button>
      <span role="status" className="manage-muted">
        {result === 'copied' ? t('manage.copy.done', { what }) : result === 'failed' ? t('manage.copy.failed') : null}
      </span>
    </span>
  );
}
