import type { KeyOf } from '../../i18n/define-messages.ts';
import type { presentMessages } from '../../i18n/messages/present.ts';
import type { Translate } from '../../i18n/use-t.ts';

const SYMBOLS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** How a `KeyboardEvent.key` value is written on the shortcut help. */
export function keyLabel(key: string, t: Translate<KeyOf<typeof presentMessages>>): string {
  if (key === ' ') return t('present.key.space');
  return SYMBOLS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}
