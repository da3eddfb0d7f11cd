import type { HastRoot } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { ReadingPanel } from './reading-panel.tsx';

/** The current slide's speaker notes, large and scrollable. */
export function NotesPanel({ notes, lang }: { notes: HastRoot | null; lang: string | undefined }) {
  const { t } = useT(presentMessages);
  return (
    <ReadingPanel className="presenter-notes" bodyClassName="presenter-notes-body" title={t('present.notes')} lang={lang}>
      {notes ? <HastView tree={notes} /> : <p className="presenter-no-notes">{t('present.noNotes')}</p>}
    </ReadingPanel>
  );
}
