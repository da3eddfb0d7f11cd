import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DeckRegistry } from './deck-commands.ts';
import { Dialog } from './dialog.tsx';
import { keyLabel } from './key-labels.ts';

/** The keyboard shortcuts, listed from the registry itself so the help can never drift. */
export function HelpDialog({ registry, onClose }: { registry: DeckRegistry; onClose: () => void }) {
  const { t } = useT(presentMessages);
  return (
    <Dialog title={t('present.helpTitle')} onClose={onClose}>
      <table className="present-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('present.helpKeys')}</th>
            <th scope="col">{t('present.helpAction')}</th>
          </tr>
        </thead>
        <tbody>
          {registry.commands.map((command) => (
            <tr key={command.name}>
              <td>
                {command.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ` ${t('present.key.or')} ` : null}
                    <kbd>{keyLabel(key, t)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(command.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('present.helpSwipe')}</p>
    </Dialog>
  );
}
