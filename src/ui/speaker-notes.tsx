import type { Root } from 'hast';
import { presentMessages } from '../i18n/messages/present.ts';
import { useT } from '../i18n/use-t.ts';
import { HastView } from './hast-view.tsx';
import './speaker-notes.css';

interface SpeakerNotesProps {
  notes: Root;
  /** Hidden on screen, printed: a lesson printed as a handout carries its notes. */
  printOnly?: boolean;
}

/** A slide's speaker notes, as printed under the slide in handouts. */
export function SpeakerNotes({ notes, printOnly = false }: SpeakerNotesProps) {
  const { t } = useT(presentMessages);
  return (
    <aside className={printOnly ? 'speaker-notes speaker-notes-print-only' : 'speaker-notes'} aria-label={t('present.notes')}>
      <p className="speaker-notes-title">{t('present.notes')}</p>
      <HastView tree={notes} />
    </aside>
  );
}
