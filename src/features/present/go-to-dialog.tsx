import { useId, useState, type FormEvent } from 'react';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { Dialog } from './dialog.tsx';

/** Reads a slide number as typed, full-width digits (from a CJK input method) included. */
export function parseSlideNumber(text: string, total: number): number | null {
  const ascii = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^\d+$/.test(ascii)) return null;
  const n = Number(ascii);
  return n >= 1 && n <= total ? n : null;
}

interface GoToDialogProps {
  total: number;
  /** Called with the 0-based index. */
  onGo: (index: number) => void;
  onClose: () => void;
}

export function GoToDialog({ total, onGo, onClose }: GoToDialogProps) {
  const { t } = useT(presentMessages);
  const inputId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = parseSlideNumber(value, total);
    if (n === null) setInvalid(true);
    else onGo(n - 1);
  };

  return (
    <Dialog title={t('present.goToTitle')} onClose={onClose}>
      <form className="present-goto" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t('present.goToLabel', { total })}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setInvalid(false);
          }}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          data-autofocus=""
        />
        {invalid ? (
          <p id={errorId} className="present-error" role="alert">
            {t('present.goToInvalid', { total })}
          </p>
        ) : null}
        <button type="submit">{t('present.goToSubmit')}</button>
      </form>
    </Dialog>
  );
}
