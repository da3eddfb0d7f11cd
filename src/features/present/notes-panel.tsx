import { useId } from 'react';
import type { HastRoot } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';

/** The current slide's speaker notes, large and scrollable. */
export function NotesPanel({ notes, lang }: { notes: HastRoot | null; lang: string | undefined }) {
  const { t } = useT(presentMessages);
  const headingId = useId();
  return (
    <section className="presenter-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.notes')}</h2>
      {/* Focusable so the notes can be scrolled with the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="presenter-notes-body" lang={lang} tabIndex={0}>
        {notes ? <HastView tree={notes} /> : <p className="presenter-no-notes">{t('present.noNotes')}</p>}
      </div>
    </section>
  );
}
