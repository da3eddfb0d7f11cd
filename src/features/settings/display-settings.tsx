import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { COLOR_SCHEMES, TEXT_SIZES, useDisplayStore } from './display-store.ts';
import './settings.css';

/**
 * The header's "Display" disclosure: colour scheme (system, light, dark) and text size, each a
 * labelled radio group. The panel opens below the header row, so it fits any width; Escape
 * closes it and returns focus to its button.
 */
export function DisplaySettings() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const { scheme, textSize, setScheme, setTextSize } = useDisplayStore();
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="display-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="display-toggle-icon">
          Aa
        </span>
        {t('settings.toggle')}
      </button>
      {/* Escape anywhere inside closes the panel; the radios themselves stay the keyboard targets. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div id={`${id}-panel`} className="display-panel" hidden={!open} onKeyDown={onKeyDown}>
        <fieldset>
          <legend>{t('settings.scheme')}</legend>
          {COLOR_SCHEMES.map((value) => (
            <label key={value} className="display-option">
              <input type="radio" name={`${id}-scheme`} value={value} checked={scheme === value} onChange={() => setScheme(value)} />
              {t(`settings.scheme.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.textSize')}</legend>
          {TEXT_SIZES.map((value) => (
            <label key={value} className="display-option">
              <input type="radio" name={`${id}-text`} value={value} checked={textSize === value} onChange={() => setTextSize(value)} />
              <span style={{ fontSize: `${value}%` }}>{t(`settings.textSize.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </>
  );
}
