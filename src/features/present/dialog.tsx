import { useId, useRef, type ReactNode } from 'react';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { useFocusTrap } from './use-focus-trap.ts';

const ESCAPE = ['Escape'];

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `wide` for the overview grid, `reading` for a slide's depth. */
  size?: 'narrow' | 'wide' | 'reading';
  /** Keys besides Escape that close it (outside text fields). */
  closeKeys?: readonly string[];
}

/** A modal dialog over the deck: traps focus while open, Escape or the button closes it. */
export function Dialog({ title, onClose, children, size = 'narrow', closeKeys = ESCAPE }: DialogProps) {
  const { t } = useT(presentMessages);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useFocusTrap(ref, onClose, closeKeys);
  return (
    <div className="present-backdrop">
      <div ref={ref} className={`present-dialog present-dialog-${size}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <div className="present-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={onClose}>
            {t('present.close')}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
