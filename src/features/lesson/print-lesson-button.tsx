import { useState } from 'react';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { printWhenReady } from '../../ui/print-when-ready.ts';

/** Prints the lesson once every slide and chart is there (the browser's own print cannot wait for them). */
export function PrintLessonButton() {
  const { t } = useT(presentMessages);
  const [preparing, setPreparing] = useState(false);
  return (
    <button
      type="button"
      className="lesson-print"
      disabled={preparing}
      onClick={() => {
        setPreparing(true);
        void printWhenReady().finally(() => setPreparing(false));
      }}
    >
      {preparing ? t('present.preparingPrint') : t('lesson.print')}
    </button>
  );
}
